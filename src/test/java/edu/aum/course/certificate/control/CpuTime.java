package edu.aum.course.certificate.control;

import java.lang.management.ManagementFactory;

/** The CPU time of the whole process (every thread: work, JIT compiler, collector), for the benchmarks. */
final class CpuTime {

    private CpuTime() {}

    /** Nanoseconds of CPU the process has used so far. */
    static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
