package org.entente.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Reading a label from the columns every labelled table has: {@code classification} (level),
 * {@code owner_nation} and {@code releasable_to}.
 */
public final class Labels {

    private Labels() {}

    public static Label read(ResultSet row) throws SQLException {
        return read(row, "");
    }

    /**
     * The label of a second record in the same row, its columns selected with a prefix ({@code
     * p.classification as p_classification}, {@code p_owner_nation}, {@code p_releasable_to}).
     */
    public static Label read(ResultSet row, String prefix) throws SQLException {
        return new Label(
                Classification.values()[row.getInt(prefix + "classification")],
                row.getString(prefix + "owner_nation"),
                Set.of((String[]) row.getArray(prefix + "releasable_to").getArray()));
    }

    /**
     * The label as named parameters {@code :classification}, {@code :owner} and {@code
     * :releasableTo} (bind the last with {@code cast(:releasableTo as char(3)[])}).
     */
    public static Map<String, Object> params(Label label) {
        return Map.of(
                "classification", label.classification().ordinal(),
                "owner", label.owner(),
                "releasableTo", label.releasableTo().stream().sorted().toArray(String[]::new));
    }
}
