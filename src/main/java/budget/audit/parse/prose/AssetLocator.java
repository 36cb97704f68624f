package budget.audit.parse.prose;

import budget.audit.model.FactKeys;
import budget.audit.model.Unit;

/** 国有资产: the number of vehicles held ("共有车辆13辆"), not vehicles to be bought. */
public final class AssetLocator implements Locator {

    @Override
    public void locate(ProseContext ctx, FactSink sink) {
        Mention vehicles = ctx.first(m -> m.unit() == Unit.VEHICLE && m.label().contains("车辆")
                && !m.label().contains("购置") && !sink.claimed(m));
        if (vehicles != null) {
            sink.value(FactKeys.VEHICLE_COUNT, null, vehicles);
        }
    }
}
