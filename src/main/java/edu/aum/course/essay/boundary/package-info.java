/** The public word-count API (POST /api/v1/word-count). */
package edu.aum.course.essay.boundary;
