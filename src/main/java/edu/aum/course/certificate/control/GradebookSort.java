package edu.aum.course.certificate.control;

/** How the gradebook's rows are ordered; ties go by name, then by enrollment. */
public enum GradebookSort {
    NAME_ASC("e.studentName ASC, e.id ASC"),
    NAME_DESC("e.studentName DESC, e.id DESC"),
    TOTAL_DESC("total DESC, e.studentName ASC, e.id ASC"),
    TOTAL_ASC("total ASC, e.studentName ASC, e.id ASC");

    private final String orderBy;

    GradebookSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
