package edu.aum.course.enrollment.view;

import edu.aum.course.university.api.Country;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.University;
import java.io.Serializable;

/** The home-university part of the enroll and change forms (WEB-INF/includes/home-university.xhtml). */
public class HomeUniversityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long listedId;
    private String otherName;
    private Country otherCountry;
    private String studentNumber;

    /** Filled from what the student gave before. */
    void fill(University university, String number) {
        if (university.isListed()) {
            listedId = university.getId();
        } else {
            otherName = university.getNameEn();
            otherCountry = Country.of(university.getCountry());
        }
        studentNumber = number;
    }

    HomeUniversity home() {
        return new HomeUniversity(listedId, otherName, otherCountry);
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Long getListedId() {
        return listedId;
    }

    public void setListedId(Long listedId) {
        this.listedId = listedId;
    }

    public String getOtherName() {
        return otherName;
    }

    public void setOtherName(String otherName) {
        this.otherName = otherName;
    }

    public Country getOtherCountry() {
        return otherCountry;
    }

    public void setOtherCountry(Country otherCountry) {
        this.otherCountry = otherCountry;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public void setStudentNumber(String studentNumber) {
        this.studentNumber = studentNumber;
    }
}
