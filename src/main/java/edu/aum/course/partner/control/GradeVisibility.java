package edu.aum.course.partner.control;

import edu.aum.course.essay.api.SubmissionStatus;

/**
 * The consent rule: a home university reads an essay's score and result (and, once grading keeps it,
 * feedback) only when the essay is released and the student allowed their university to read grades.
 * Progress (submitted, passed counts) is always visible: students are told so when they enroll.
 */
public final class GradeVisibility {

    private GradeVisibility() {}

    public static boolean visible(boolean gradesShared, SubmissionStatus status) {
        return gradesShared && status == SubmissionStatus.RELEASED;
    }
}
