package com.adaptive.featurestore.online;

import com.adaptive.core.regime.Regime;
import com.adaptive.featurestore.offline.FeatureRow;
import com.adaptive.featurestore.offline.OfflineStore;
import com.adaptive.featurestore.view.FeatureView;
import com.adaptive.onlinestore.FeatureVector;
import com.adaptive.onlinestore.OnlineRegime;
import com.adaptive.onlinestore.OnlineStoreWriter;
import org.apache.spark.sql.Row;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the latest offline values into the online store: per view and entity the row with the latest event time,
 * per symbol the latest regime. The store's upsert only moves forward, so a rerun (or an older build's run) is a no-op.
 */
public final class Materializer {
    private final OfflineStore offline;

    public Materializer(OfflineStore offline) {
        this.offline = offline;
    }

    /** Counts of one materialization: vectors and regimes that moved forward, and those already current. */
    public record Result(int vectorsAdvanced, int vectorsUnchanged, int regimesAdvanced, int regimesUnchanged) {
    }

    public Result materialize(List<FeatureView> views, List<String> symbols, String classifierVersion, OnlineStoreWriter writer,
                              long nowMillis) {
        List<FeatureVector> vectors = new ArrayList<>();
        for (FeatureView view : views) {
            for (FeatureRow row : offline.latestFeatureRows(view, symbols)) {
                vectors.add(new FeatureVector(view.name(), view.version(), row.symbol(), row.interval(), row.eventTimeMillis(),
                        view.features(), row.values(), view.ttl().toMillis(), 0));
            }
        }
        List<OnlineRegime> regimes = new ArrayList<>();
        for (Row r : offline.latestRegimes(symbols, classifierVersion)) {
            regimes.add(new OnlineRegime(r.getAs("symbol"), r.<Instant>getAs("decision_time").toEpochMilli(),
                    Regime.parse(r.getAs("regime")), r.getAs("rule"), r.getAs("reason"), r.getAs("classifier_version"),
                    orNaN(r, "vwap_slope"), orNaN(r, "atr_percentile"), orNaN(r, "vol_ratio"), 0));
        }
        OnlineStoreWriter.WriteResult v = writer.upsertFeatures(vectors, nowMillis);
        OnlineStoreWriter.WriteResult g = writer.upsertRegimes(regimes, nowMillis);
        return new Result(v.advanced(), v.unchanged(), g.advanced(), g.unchanged());
    }

    private static double orNaN(Row r, String column) {
        int i = r.fieldIndex(column);
        return r.isNullAt(i) ? Double.NaN : r.getDouble(i);
    }
}
