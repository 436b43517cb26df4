package vn.motcua.organization.unit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AdministrativeUnitKind;
import vn.motcua.organization.AdministrativeUnitRef;
import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/** The paged, filtered list of units behind the API and the page. */
@Component
@Transactional(readOnly = true)
class UnitQueries {

    /** Filters, each optional: {@code q} matches a code exactly or a part of the name, diacritics ignored. */
    public record Filter(String edition, AdministrativeLevel level, String parent, String q) {

        public Filter {
            edition = blankToNull(edition);
            parent = blankToNull(parent);
            q = blankToNull(q);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private static final String WHERE = """
             where (cast(:edition as varchar) is null or u.edition = :edition)
               and (cast(:level as varchar) is null or u.level = :level)
               and (cast(:parent as varchar) is null or p.code = :parent)
               and (cast(:q as varchar) is null or u.code = :q or u.search_name like :pattern escape '\\')
            """;

    private static final RowMapper<UnitListItem> ROW = (rs, n) -> new UnitListItem(new AdministrativeUnitRef(
            rs.getLong("id"), rs.getString("edition"), rs.getString("code"), rs.getString("name"),
            rs.getString("name_en"), rs.getString("full_name"), AdministrativeUnitKind.valueOf(rs.getString("kind")),
            AdministrativeLevel.valueOf(rs.getString("level")), rs.getString("parent_code"),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)),
            rs.getString("parent_name"));

    private final JdbcClient jdbc;

    UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<UnitListItem> search(Filter filter, PageRequest page) {
        String from = " from administrative_unit u left join administrative_unit p on p.id = u.parent_id";
        long total = bind(jdbc.sql("select count(*)" + from + WHERE), filter).query(Long.class).single();
        List<UnitListItem> items = bind(jdbc.sql("""
                select u.id, u.edition, u.code, u.name, u.name_en, u.full_name, u.kind, u.level, u.valid_from,
                       u.valid_to, p.code as parent_code, p.name as parent_name""" + from + WHERE + """
                 order by u.edition desc,
                          case u.level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end, u.code
                 limit :limit offset :offset"""), filter)
                .param("limit", page.size()).param("offset", page.offset())
                .query(ROW).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Filter filter) {
        String q = filter.q();
        return sql.param("edition", filter.edition())
                .param("level", filter.level() == null ? null : filter.level().name())
                .param("parent", filter.parent())
                .param("q", q)
                .param("pattern", q == null ? null : "%" + SearchText.likeLiteral(SearchText.fold(q)) + "%");
    }
}
