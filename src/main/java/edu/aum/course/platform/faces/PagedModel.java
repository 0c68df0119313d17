package edu.aum.course.platform.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table over a service that counts, pages and finds by id; the filters live in the
 * backing bean and are read by the functions at each request. The functions are serializable, as
 * the model lives in the view scope.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the current filters match. */
    public interface Count extends Serializable {
        long count();
    }

    /** One page of the rows the current filters match. */
    public interface Page<T> extends Serializable {
        List<T> page(int first, int size);
    }

    /** A row by its id, for selection. */
    public interface Find<T> extends Serializable {
        Optional<T> find(long id);
    }

    /** The id of a row. */
    public interface Id<T> extends Serializable {
        Long of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Find<T> find;
    private final Id<T> id;

    public PagedModel(Count count, Page<T> page, Find<T> find, Id<T> id) {
        this.count = count;
        this.page = page;
        this.find = find;
        this.id = id;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(id.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        try {
            return find.find(Long.parseLong(rowKey)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
