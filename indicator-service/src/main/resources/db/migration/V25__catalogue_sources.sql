-- The catalogue keeps only definitions taken from a document that was read (DOMAIN.md §1, "Catalogue"): the two
-- definitions of the first catalogue whose document was not found leave it, unless a plan row already links to one
-- (a link is data the suite does not drop; such a definition stays, its source marked, until the document is found).
delete from indicator_definition d
 where d.code in ('PHARMACISTS_PER_1000', 'BED_STAFF_RATIO')
   and not exists (select 1 from plan_indicator i where i.definition_code = d.code);

-- facility-service computes childcare places for under-3s per 1000 residents (childcareSlotsPer1000).
update indicator_definition set resource_metric = 'childcareSlotsPer1000'
 where code = 'CHILDCARE_PLACES_PER_1000' and resource_metric is null;
