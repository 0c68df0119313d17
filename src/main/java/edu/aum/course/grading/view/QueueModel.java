package edu.aum.course.grading.view;

import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.QueueFilter;
import edu.aum.course.grading.control.QueueService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The marking queue as a lazy PrimeFaces table: the service counts, sorts and pages by the bean's filter. */
class QueueModel extends LazyDataModel<Review> {

    private static final long serialVersionUID = 1L;

    /** The service and filter of the current request (the service is not serializable, the bean re-injects it). */
    interface Source extends java.io.Serializable {
        QueueService service();

        QueueFilter filter();

        long actor();
    }

    private final Source source;

    QueueModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.service().count(source.actor(), source.filter());
    }

    @Override
    public List<Review> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            field = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
            break;
        }
        return source.service().page(source.actor(), source.filter(), field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(Review row) {
        return String.valueOf(row.getId());
    }

    @Override
    public Review getRowData(String rowKey) {
        try {
            return source.service().find(source.actor(), Long.parseLong(rowKey)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
