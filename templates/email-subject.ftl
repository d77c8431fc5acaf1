${edition.title} for ${edition.date_label!edition.date}<#if edition.stories?has_content>: ${edition.stories[0].headline}</#if>
