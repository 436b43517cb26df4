package vn.motcua.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/**
 * Searches procedures on their normalized text: every word must occur; procedures whose name starts
 * with the query come first, then those whose name contains it, then matches elsewhere (code, field).
 * A LIKE over 2,000 rows is fast enough; no full-text engine is needed at a province's scale.
 */
@Service
@Transactional(readOnly = true)
public class ProcedureSearch {

    private final NamedParameterJdbcTemplate jdbc;

    ProcedureSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<ProcedureSummary> search(ProcedureQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> tokens = SearchText.tokens(query.q());
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and p.search_norm like :t").append(i).append(" escape '\\'");
            params.addValue("t" + i, "%" + SearchText.likeLiteral(tokens.get(i)) + "%");
        }
        String phrase = SearchText.likeLiteral(String.join(" ", tokens));
        params.addValue("prefix", phrase + "%").addValue("contains", "%" + phrase + "%");
        if (query.activeOnly()) {
            where.append(" and p.active = true");
        }
        if (query.field() != null && !query.field().isBlank()) {
            where.append(" and p.field_code = :field");
            params.addValue("field", query.field().strip());
        }
        if (query.level() != null) {
            where.append(" and p.levels like :level");
            params.addValue("level", "%," + query.level().name() + ",%");
        }
        if (query.agency() != null && !query.agency().isBlank()) {
            where.append(" and p.agency_code = :agency");
            params.addValue("agency", query.agency().strip());
        }
        if (query.onlineLevel() != null) {
            where.append(" and p.online_level = :online");
            params.addValue("online", query.onlineLevel().name());
        }
        Long total = jdbc.queryForObject("select count(*) from procedure p" + where, params, Long.class);
        params.addValue("limit", page.size()).addValue("offset", page.offset());
        List<ProcedureSummary> items = jdbc.query("""
                select p.code, p.name, p.field_code, f.name as field_name, p.levels, p.online_level, p.agency_code,
                       p.current_version, p.active
                from procedure p left join procedure_field f on f.code = p.field_code""" + where + """
                 order by case when p.name_norm like :prefix escape '\\' then 0
                               when p.name_norm like :contains escape '\\' then 1 else 2 end,
                          p.name_norm, p.code
                 limit :limit offset :offset
                """, params, (rs, n) -> new ProcedureSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), levels(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getInt(8),
                rs.getBoolean(9)));
        return new PageResult<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    private static List<String> levels(String stored) {
        return new ArrayList<>(Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).toList());
    }
}
