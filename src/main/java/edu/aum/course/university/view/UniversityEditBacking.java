package edu.aum.course.university.view;

import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.Pages;
import edu.aum.course.university.api.Country;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /admin/university.xhtml[?id=ID]: a new university, or changes to one (optimistically locked). */
@Named
@ViewScoped
public class UniversityEditBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UniversityService universities;

    private Long id;
    private long version;
    private boolean listed = true;
    private String nameEn;
    private String nameRu;
    private Country country;
    private boolean partner;

    /** f:viewAction */
    public void load() {
        if (id != null) {
            universities.find(id).ifPresent(this::fill);
        }
    }

    private void fill(University university) {
        version = university.getVersion();
        listed = university.isListed();
        nameEn = university.getNameEn();
        nameRu = university.getNameRu();
        country = Country.of(university.getCountry());
        partner = university.isPartner();
    }

    public String save() {
        if (id == null) {
            universities.create(nameEn, nameRu, country.name(), partner);
        } else {
            universities.edit(id, version, nameEn, nameRu, country, partner);
        }
        return Pages.redirect("/admin/universities", "admin.university.saved", nameEn);
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public boolean isListed() {
        return listed;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public boolean isPartner() {
        return partner;
    }

    public void setPartner(boolean partner) {
        this.partner = partner;
    }
}
