package budget.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Merges collinear rule pieces and groups touching rules into ruled tables. */
final class RulingGroups {

    private static final double TOUCH = 3.0;

    private RulingGroups() {
    }

    static List<RuledGrid> tables(List<Ruling> rulings) {
        List<Ruling> merged = new ArrayList<>(merge(rulings, true));
        merged.addAll(merge(rulings, false));
        int n = merged.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(merged.get(i), merged.get(j))) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        List<RuledGrid> grids = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (root(parent, r) != r) {
                continue;
            }
            List<Ruling> v = new ArrayList<>();
            List<Ruling> h = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (root(parent, i) == r) {
                    (merged.get(i).vertical() ? v : h).add(merged.get(i));
                }
            }
            if (v.size() >= 2 && h.size() >= 2) {
                RuledGrid grid = new RuledGrid(v, h);
                if (grid.columns() >= 2 && grid.bottom() - grid.top() > TOUCH) {
                    grids.add(grid);
                }
            }
        }
        return grids;
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.vertical() == b.vertical()) {
            return Math.abs(a.position() - b.position()) <= TOUCH
                    && a.start() <= b.end() + TOUCH && b.start() <= a.end() + TOUCH;
        }
        Ruling v = a.vertical() ? a : b;
        Ruling h = a.vertical() ? b : a;
        return v.position() >= h.start() - TOUCH && v.position() <= h.end() + TOUCH
                && h.position() >= v.start() - TOUCH && h.position() <= v.end() + TOUCH;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** Joins pieces on the same line (within 1.5 pt) that overlap or nearly touch. */
    static List<Ruling> merge(List<Ruling> rulings, boolean vertical) {
        List<Ruling> same = new ArrayList<>(rulings.stream().filter(r -> r.vertical() == vertical).toList());
        same.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : same) {
            boolean joined = false;
            for (int i = out.size() - 1; i >= 0; i--) {
                Ruling o = out.get(i);
                if (r.position() - o.position() > 1.5) {
                    break;
                }
                if (r.start() <= o.end() + TOUCH && o.start() <= r.end() + TOUCH) {
                    out.set(i, new Ruling(vertical, (o.position() + r.position()) / 2,
                            Math.min(o.start(), r.start()), Math.max(o.end(), r.end())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                out.add(r);
            }
        }
        return out;
    }
}
