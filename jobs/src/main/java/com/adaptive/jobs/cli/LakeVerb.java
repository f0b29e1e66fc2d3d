package com.adaptive.jobs.cli;

import com.adaptive.jobs.runtime.LakeApplication;
import com.adaptive.warehouse.Lake;

import java.util.function.Consumer;

/** Base of verbs that only read the lake: a lean context without the batch runtime, Spark started while it starts. */
abstract class LakeVerb extends SpringVerb {
    @Override
    protected final Class<?> application() {
        return LakeApplication.class;
    }

    @Override
    protected Consumer<Lake> lakePrestart() {
        return lake -> { };
    }
}
