package org.entente.projects;

import java.io.InputStream;

/**
 * What is recorded about a milestone: its status, the day it was achieved, a short note, and
 * optionally a file that proves it (evidence).
 */
public record MilestoneUpdate(String status, String actualDate, String note, Evidence evidence) {

    /** An evidence file as uploaded. */
    public record Evidence(String fileName, InputStream content) {}
}
