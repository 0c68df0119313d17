/** Text helpers shared by features: SHA-256 in hex, reading bundled text files. */
package edu.aum.course.platform.text;
