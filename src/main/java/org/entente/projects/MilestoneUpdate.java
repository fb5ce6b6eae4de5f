package org.entente.projects;

import org.springframework.core.io.InputStreamSource;

/**
 * What is recorded about a milestone: its status, the day it was achieved, a short note, and
 * optionally a file that proves it (evidence). The note is per language; null keeps the one recorded.
 */
public record MilestoneUpdate(String status, String actualDate, java.util.Map<String, String> note, Evidence evidence) {

    /** An evidence file as uploaded; the service opens its content, and closes it. */
    public record Evidence(String fileName, InputStreamSource content) {}
}
