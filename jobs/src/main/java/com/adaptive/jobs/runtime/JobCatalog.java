package com.adaptive.jobs.runtime;

import org.springframework.batch.core.Job;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every job this installation knows, by name, with its descriptor. */
@Component
public class JobCatalog {
    private final Map<String, Job> jobs;
    private final Map<String, JobDescriptor> descriptors;

    public JobCatalog(List<Job> jobs, List<JobDescriptor> descriptors) {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity(), (a, b) -> a, TreeMap::new));
        this.descriptors = descriptors.stream().collect(Collectors.toMap(JobDescriptor::name, Function.identity()));
        for (String name : this.jobs.keySet()) {
            if (!this.descriptors.containsKey(name)) {
                throw new IllegalStateException("job " + name + " has no JobDescriptor bean");
            }
        }
    }

    public List<JobDescriptor> descriptors() {
        return jobs.keySet().stream().map(descriptors::get).toList();
    }

    public Job job(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("unknown job '" + name + "': known jobs are " + jobs.keySet());
        }
        return job;
    }

    public JobDescriptor descriptor(String name) {
        job(name);
        return descriptors.get(name);
    }
}
