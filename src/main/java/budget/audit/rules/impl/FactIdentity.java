package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A prose identity "total = Σ parts" over named keys: single keys (one fact each) and family keys (every label).
 * A family counts only when it is stated for every label its reference family states (e.g. a change for every
 * 功能分类 item stated at level): a partly stated family is not a sum.
 */
record FactIdentity(String totalKey, List<String> singles, List<String> families, List<String> optionalFamilies,
                    String vehicleKey) {

    /** The facts of the identity in prose, or empty when a part is not stated. */
    Optional<Resolved> resolve(BudgetFiling filing) {
        Optional<Fact> total = first(filing, totalKey, null);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        List<Fact> parts = new ArrayList<>();
        for (String key : singles) {
            if (key.equals(vehicleKey)) {
                Optional<Fact> whole = first(filing, key, null);
                if (whole.isPresent()) {
                    parts.add(whole.get());
                    continue;
                }
                String suffix = key.endsWith(FactKeys.CHANGE_SUFFIX) ? FactKeys.CHANGE_SUFFIX : "";
                Optional<Fact> purchase = first(filing, FactKeys.SANGONG_VEHICLE_PURCHASE + suffix, null);
                Optional<Fact> operation = first(filing, FactKeys.SANGONG_VEHICLE_OPERATION + suffix, null);
                if (purchase.isEmpty() || operation.isEmpty()) {
                    return Optional.empty();
                }
                parts.add(purchase.get());
                parts.add(operation.get());
                continue;
            }
            Optional<Fact> f = first(filing, key, null);
            if (f.isEmpty()) {
                return Optional.empty();
            }
            parts.add(f.get());
        }
        for (String key : families) {
            List<Fact> items = family(filing, key, true);
            if (items == null) {
                return Optional.empty();
            }
            parts.addAll(items);
        }
        for (String key : optionalFamilies) {
            List<Fact> items = family(filing, key, false);
            if (items != null) {
                parts.addAll(items);
            }
        }
        List<Fact> all = new ArrayList<>();
        all.add(total.get());
        all.addAll(parts);
        if (all.stream().anyMatch(f -> !f.readable() || !f.amount().unit().isMoney())) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(total.get(), parts));
    }

    /** The first statement of each label of a family; null when not stated (or only partly, for change families). */
    private static List<Fact> family(BudgetFiling filing, String key, boolean required) {
        Map<String, Fact> byLabel = new LinkedHashMap<>();
        for (Fact f : filing.facts(key, Fact.Origin.PROSE)) {
            byLabel.putIfAbsent(label(f), f);
        }
        if (byLabel.isEmpty()) {
            return null;
        }
        if (key.endsWith(FactKeys.CHANGE_SUFFIX)) {
            String levelKey = key.substring(0, key.length() - FactKeys.CHANGE_SUFFIX.length());
            for (Fact level : filing.facts(levelKey, Fact.Origin.PROSE)) {
                if (!byLabel.containsKey(label(level))) {
                    return null;
                }
            }
        }
        return List.copyOf(byLabel.values());
    }

    static String label(Fact f) {
        return f.label() == null ? "" : f.label();
    }

    private static Optional<Fact> first(BudgetFiling filing, String key, String label) {
        return filing.facts(key, Fact.Origin.PROSE).stream()
                .filter(f -> label == null || label.equals(label(f))).findFirst();
    }

    record Resolved(Fact total, List<Fact> parts) {
        List<Amount> partAmounts() {
            return parts.stream().map(Fact::amount).toList();
        }

        List<Fact> all() {
            List<Fact> all = new ArrayList<>();
            all.add(total);
            all.addAll(parts);
            return all;
        }
    }

    static FactIdentity of(String total, List<String> singles, List<String> families) {
        return new FactIdentity(total, singles, families, List.of(), null);
    }

    /** The same identity over the stated changes (key.change). */
    FactIdentity changes() {
        return new FactIdentity(FactKeys.change(totalKey), singles.stream().map(FactKeys::change).toList(),
                families.stream().map(FactKeys::change).toList(),
                optionalFamilies.stream().map(FactKeys::change).toList(),
                vehicleKey == null ? null : FactKeys.change(vehicleKey));
    }

    /** The level identities of the prose (what UN001 tests units against, with their change versions). */
    static List<FactIdentity> levelIdentities() {
        return List.of(
                new FactIdentity(FactKeys.SANGONG_TOTAL, List.of(FactKeys.SANGONG_ABROAD, FactKeys.SANGONG_VEHICLE,
                        FactKeys.SANGONG_RECEPTION), List.of(), List.of(), FactKeys.SANGONG_VEHICLE),
                of(FactKeys.SANGONG_VEHICLE, List.of(FactKeys.SANGONG_VEHICLE_PURCHASE,
                        FactKeys.SANGONG_VEHICLE_OPERATION), List.of()),
                new FactIdentity(FactKeys.EXPENDITURE_TOTAL, List.of(FactKeys.EXPENDITURE_BASIC,
                        FactKeys.EXPENDITURE_PROJECT), List.of(), List.of(FactKeys.EXPENDITURE_OTHER_KIND), null),
                of(FactKeys.EXPENDITURE_BASIC, List.of(FactKeys.PERSONNEL, FactKeys.PUBLIC_EXPENSES), List.of()),
                of(FactKeys.GENERAL_BASIC, List.of(FactKeys.PERSONNEL, FactKeys.PUBLIC_EXPENSES), List.of()),
                of(FactKeys.INCOME_TOTAL, List.of(), List.of(FactKeys.INCOME_SOURCE)),
                of(FactKeys.EXPENDITURE_TOTAL, List.of(), List.of(FactKeys.FUNCTION_CLASS)),
                of(FactKeys.GENERAL_EXPENDITURE, List.of(), List.of(FactKeys.GENERAL_FUNCTION_CLASS)),
                of(FactKeys.JY_TOTAL, List.of(), List.of(FactKeys.JY_ITEM)),
                of(FactKeys.PROCUREMENT_TOTAL, List.of(FactKeys.PROCUREMENT_GOODS, FactKeys.PROCUREMENT_WORKS,
                        FactKeys.PROCUREMENT_SERVICES), List.of()));
    }
}
