-- Every region with itself (depth 0) and each of its ancestors: a region's subtree is one index lookup
-- (ancestor_code = X) instead of a recursive walk of the tree. Kept in step by a trigger on region.
create table region_ancestor (
    region_code   varchar(32) not null references region (code) on update cascade on delete cascade,
    ancestor_code varchar(32) not null references region (code) on update cascade on delete cascade,
    depth         integer     not null,
    constraint region_ancestor_pk primary key (ancestor_code, region_code)
);
create index region_ancestor_region_idx on region_ancestor (region_code, depth);

insert into region_ancestor (region_code, ancestor_code, depth)
with recursive up(region_code, ancestor_code, depth) as (
    select code, code, 0 from region
    union all
    select u.region_code, r.parent_code, u.depth + 1
    from up u join region r on r.code = u.ancestor_code
    where r.parent_code is not null
)
select region_code, ancestor_code, depth from up;

create function region_ancestor_sync() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into region_ancestor (region_code, ancestor_code, depth)
        select new.code, new.code, 0
        union all
        select new.code, a.ancestor_code, a.depth + 1 from region_ancestor a where a.region_code = new.parent_code;
    elsif new.parent_code is distinct from old.parent_code then
        -- the moved subtree loses every ancestor above the moved region and gains the new parent's
        delete from region_ancestor d
        using region_ancestor s
        where s.ancestor_code = new.code
          and d.region_code = s.region_code
          and d.depth > s.depth;
        insert into region_ancestor (region_code, ancestor_code, depth)
        select s.region_code, p.ancestor_code, s.depth + p.depth + 1
        from region_ancestor s
        join region_ancestor p on p.region_code = new.parent_code
        where s.ancestor_code = new.code;
    end if;
    return null;
end
$$;

create trigger region_ancestor_sync after insert or update of parent_code on region
    for each row execute function region_ancestor_sync();

-- Facilities of a set of regions with the columns the ratios need, without visiting the table.
create index facility_region_years_idx on facility (region_code) include (id, opened_year, closed_year);
drop index facility_region_idx;

-- A counter that every write which can change ratios or gaps increments in its own transaction;
-- cached ratios are valid while it is unchanged, on every instance that shares the database.
create table data_revision (
    id       boolean primary key default true check (id),
    revision bigint  not null
);
insert into data_revision (id, revision) values (true, 1);
