-- Plans come in generations: a 15th plan's 2025 baseline is its 14th plan's 2025 result. A plan may name
-- the plan it follows; deleting that plan unlinks its successor.
alter table plan add column predecessor_code varchar(64)
    references plan (code) on update cascade on delete set null;
alter table plan add constraint plan_predecessor_not_self_ck check (predecessor_code <> code);
create index plan_predecessor_idx on plan (predecessor_code);
