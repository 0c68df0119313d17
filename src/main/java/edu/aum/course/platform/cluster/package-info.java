/**
 * Work done once although several instances share one database: start-up work in turns (StartupWork), timer runs
 * claimed per slot (TimerSlots), and versions of what instances keep in memory (SharedVersions).
 */
package edu.aum.course.platform.cluster;
