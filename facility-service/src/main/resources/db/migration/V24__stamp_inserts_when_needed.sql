-- The insert stamps of V21 on the two tables an import fills, now called only for a row that brings change times of its
-- own. A row inserted with the column defaults already holds now() (the transaction's start) in created_at and
-- updated_at, which is what stamp_change_times() would set, so every insert ends with the same times as before while
-- a bulk insert (an import's tens of thousands of yearly rows) skips one function call per row.
drop trigger facility_stamp_insert on facility;
create trigger facility_stamp_insert before insert on facility
    for each row when (new.created_at is distinct from now() or new.updated_at is distinct from now())
    execute function stamp_change_times();

drop trigger facility_resource_stamp_insert on facility_resource;
create trigger facility_resource_stamp_insert before insert on facility_resource
    for each row when (new.created_at is distinct from now() or new.updated_at is distinct from now())
    execute function stamp_change_times();
