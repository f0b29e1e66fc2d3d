package com.adaptive.jobs.runtime;

import java.util.List;

/** What a user needs to launch a job: its name, purpose and parameters. */
public record JobDescriptor(String name, String description, List<Parameter> parameters) {

    /** One job parameter; identifying ones decide which job instance a launch belongs to. */
    public record Parameter(String name, String description, boolean identifying, boolean required) {
    }
}
