package edu.aum.course.grading.entity;

import edu.aum.course.platform.BusinessException;

/** Required short texts of rubrics: present and within their column. */
final class Texts {

    private Texts() {}

    static String required(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("rubric.text.required");
        }
        if (value.strip().length() > max) {
            throw new BusinessException("rubric.text.tooLong", max);
        }
        return value.strip();
    }
}
