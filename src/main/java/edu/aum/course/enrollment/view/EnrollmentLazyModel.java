package edu.aum.course.enrollment.view;

import edu.aum.course.enrollment.control.EnrollmentFilter;
import edu.aum.course.enrollment.control.EnrollmentService;
import edu.aum.course.enrollment.entity.Enrollment;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** One page at a time of an offering's enrollments, narrowed by the filter the page holds. */
public class EnrollmentLazyModel extends LazyDataModel<Enrollment> {

    private static final long serialVersionUID = 1L;

    private final long offeringId;
    private final Supplier<EnrollmentFilter> filter; // serializable: it lives in the view scope

    EnrollmentLazyModel(long offeringId, Supplier<EnrollmentFilter> filter) {
        this.offeringId = offeringId;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return service().count(offeringId, filter.get());
    }

    @Override
    public List<Enrollment> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return service().search(offeringId, filter.get(), first, pageSize);
    }

    @Override
    public String getRowKey(Enrollment enrollment) {
        return String.valueOf(enrollment.getId());
    }

    @Override
    public Enrollment getRowData(String rowKey) {
        return service().find(Long.parseLong(rowKey)).orElse(null);
    }

    private static EnrollmentService service() {
        return CDI.current().select(EnrollmentService.class).get();
    }
}
