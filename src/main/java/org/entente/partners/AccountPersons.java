package org.entente.partners;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.access.AccessPolicy;
import org.entente.shared.AccountPeople;
import org.entente.shared.LocalizedText;
import org.entente.shared.PersonName;
import org.entente.shared.PersonNames;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people accounts belong to, read under the same need-to-know rule as every person: a reader
 * who may not read the person record sees only the account's nation.
 */
@Service
class AccountPersons implements PersonNames {

    private final JdbcClient sql;
    private final AccountPeople accounts;

    AccountPersons(JdbcClient sql, AccountPeople accounts) {
        this.sql = sql;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, PersonName> ofAccounts(Subject reader, Collection<String> usernames) {
        Map<String, AccountPeople.Link> links = accounts.linksOf(usernames);
        Long[] ids = links.values().stream()
                .map(AccountPeople.Link::personId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toArray(Long[]::new);
        var byId = new HashMap<Long, PersonName>();
        if (ids.length > 0) {
            sql.sql("select t.id, t.nation, t.name, t.rank, t.position from partners.person t"
                            + " where t.id = any(cast(:ids as bigint[])) and " + AccessPolicy.readableBy("t"))
                    .param("ids", ids)
                    .params(AccessPolicy.readerParams(reader))
                    .query((rs, n) -> Map.entry(rs.getLong("id"), person(rs)))
                    .list()
                    .forEach(e -> byId.put(e.getKey(), e.getValue()));
        }
        var names = new HashMap<String, PersonName>();
        for (String username : usernames) {
            AccountPeople.Link link = links.get(username);
            PersonName person = link == null || link.personId() == null ? null : byId.get(link.personId());
            names.put(username, person != null ? person : PersonName.unnamed(link == null ? null : link.nation()));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonName ofAccount(Subject reader, String username) {
        PersonName person = ofAccounts(reader, List.of(username)).get(username);
        return person == null ? PersonName.unnamed(null) : person;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> choicesFor(Subject administrator) {
        return sql.sql(
                        "select t.id, t.nation, t.name, t.rank, t.position from partners.person t where t.nation = :nation and "
                                + AccessPolicy.readableBy("t")
                                + " order by lower(coalesce(t.name ->> 'en', t.name ->> 'fr', t.name ->> 'ar', t.name ->> 'he')), t.id")
                .param("nation", administrator.nation())
                .params(AccessPolicy.readerParams(administrator))
                .query((rs, n) -> new Choice(rs.getLong("id"), person(rs)))
                .list();
    }

    private static PersonName person(java.sql.ResultSet rs) throws java.sql.SQLException {
        // Read under the reader's need-to-know (AccessPolicy.readableBy): the id may lead to the person's page.
        return new PersonName(
                rs.getString("nation"),
                LocalizedText.fromJson(rs.getString("name")),
                LocalizedText.fromJson(rs.getString("rank")),
                LocalizedText.fromJson(rs.getString("position")),
                rs.getLong("id"));
    }
}
