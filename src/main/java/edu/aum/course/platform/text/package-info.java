/** Text helpers shared by features: SHA-256 in hex, reading bundled text files, the CSV writer of every export. */
package edu.aum.course.platform.text;
