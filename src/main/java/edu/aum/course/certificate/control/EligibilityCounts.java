package edu.aum.course.certificate.control;

/** An offering's summary: its enrollments, how many are eligible, how many hold a certificate in force. */
public record EligibilityCounts(long enrolled, long eligible, long certified) implements java.io.Serializable {

    public static final EligibilityCounts NONE = new EligibilityCounts(0, 0, 0);
}
