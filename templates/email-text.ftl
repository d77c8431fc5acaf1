${edition.title} - ${edition.date_label!edition.date}

<#list edition.stories as story>
${story.rank}. ${story.headline}
   ${story.source}<#if story.dateline??>, ${story.dateline}</#if>, ${story.published}
<#if story.developing??>   Developing, first told ${story.developing.since_label}<#list story.developing.changes as change>; ${change.counts}: ${change.value}, was ${change.earlier}</#list>
</#if><#if story.summary?has_content>   ${story.summary[0]}
</#if>
<#list story.quotes as quote>
   "${quote.text}" - ${quote.speaker}
</#list>

</#list>
<#if attached>The full briefing is attached as ${fileName}.<#elseif link??>The full briefing: ${link}<#else>The full briefing is in the archive as ${fileName}.</#if>
