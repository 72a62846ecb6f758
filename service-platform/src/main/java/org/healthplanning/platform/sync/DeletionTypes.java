package org.healthplanning.platform.sync;

import java.util.Map;

/** The resource types whose deletions a service records, each with how its key is written (for the API's description). */
public interface DeletionTypes {
    /** Resource type → the form of its key, e.g. {@code "plan" → "planCode"}. */
    Map<String, String> keys();
}
