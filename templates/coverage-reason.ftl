<#-- The reason a table was not (fully) checked, for the coverage section of every report format.
     Model: kind, identities, failed, columns (see messages/_reasons.ftl). -->
<#import "messages/_reasons.ftl" as r><@r.reason kind=kind identities=identities failed=failed columns=columns/>
