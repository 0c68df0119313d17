package edu.aum.course.university.api;

import edu.aum.course.platform.BusinessException;

/**
 * The home university a student gives: one from the list (listedId), or another one by its name
 * and country.
 */
public record HomeUniversity(Long listedId, String otherName, Country otherCountry) {

    public boolean isListed() {
        boolean named = otherName != null && !otherName.isBlank();
        if (listedId != null && named) {
            throw new BusinessException("enrollment.university.both");
        }
        if (listedId == null && !named) {
            throw new BusinessException("enrollment.university.required");
        }
        if (named && otherCountry == null) {
            throw new BusinessException("enrollment.university.countryRequired");
        }
        return listedId != null;
    }
}
