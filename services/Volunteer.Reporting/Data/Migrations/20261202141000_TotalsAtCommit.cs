using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Reporting.Data.Migrations
{
    /// <summary>
    /// Totals recounted once per transaction, when it commits, instead of after every statement: a statement
    /// on attendance, participants or service lines only notes the keys its rows touch, and a deferred
    /// trigger recounts each noted key once. A projection batch of hundreds of events, a rebuild or a bulk
    /// load recounts an activity or a person's year once however many statements touched it.
    /// </summary>
    public partial class TotalsAtCommit : Migration
    {
        // An update's old rows and its new rows are noted by a trigger each, so every trigger calls its
        // transition table changed_rows and the one function never asks which statement fired it.
        private static readonly (string Event, string Rows)[] Changes =
            [("insert", "new"), ("update", "old"), ("update", "new"), ("delete", "old")];

        // Which totals each table's rows feed, as the arguments of the noting function.
        private static readonly (string Table, string Totals)[] Followed =
        [
            ("attendance", "'activities', 'served-years'"), ("participants", "'activities'"),
            ("service_lines", "'served-years'"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StopFollowingEachStatement);
            migrationBuilder.Sql(NoteAndSettle);
            migrationBuilder.Sql(string.Join('\n', Triggers().Select(t => $"""
                create trigger {t.Name} after {t.Event} on {t.Table}
                    referencing {t.Rows} table as changed_rows
                    for each statement execute function totals_note_changed_rows({t.Totals});
                """)));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(string.Join('\n', Triggers().Select(t => $"drop trigger {t.Name} on {t.Table};")));
            migrationBuilder.Sql(StopNotingAndSettling);
            migrationBuilder.Sql(FollowEachStatement);
        }

        private static IEnumerable<(string Name, string Event, string Table, string Rows, string Totals)> Triggers() =>
            from followed in Followed
            from change in Changes
            select ($"{followed.Table}_totals_{change.Event}_{change.Rows}", change.Event, followed.Table, change.Rows,
                followed.Totals);

        private const string NoteAndSettle = """
            -- Keys whose totals the transaction changed: never a row after a commit, so not worth logging.
            create unlogged table totals_noted_activities (activity_id uuid not null);
            create unlogged table totals_noted_served_years (union_id uuid not null, volunteer_id uuid not null, year int not null);
            -- One row per transaction that noted keys: inserting it queues the transaction's one settlement.
            create unlogged table totals_settlements (transaction_id xid8 primary key);

            -- Arguments: which totals the table's rows feed ('activities', 'served-years').
            create function totals_note_changed_rows() returns trigger language plpgsql as $$
            begin
                if not exists (select from changed_rows) then
                    return null;
                end if;
                if 'activities' = any(tg_argv) then
                    insert into totals_noted_activities select distinct activity_id from changed_rows;
                end if;
                if 'served-years' = any(tg_argv) then
                    insert into totals_noted_served_years
                    select distinct union_id, volunteer_id, extract(year from day)::int from changed_rows;
                end if;
                insert into totals_settlements values (pg_current_xact_id()) on conflict do nothing;
                return null;
            end $$;

            -- Only this transaction's notes are visible here: others' are uncommitted, and every committed
            -- transaction emptied its own.
            create function totals_settle() returns trigger language plpgsql as $$
            declare
                activities uuid[]; unions uuid[]; volunteers uuid[]; years int[];
            begin
                delete from totals_settlements where transaction_id = pg_current_xact_id();
                with noted as (delete from totals_noted_activities returning activity_id)
                select array_agg(distinct activity_id) into activities from noted;
                with noted as (delete from totals_noted_served_years returning union_id, volunteer_id, year)
                select array_agg(union_id), array_agg(volunteer_id), array_agg(year) into unions, volunteers, years
                from (select distinct * from noted) k;
                perform recount_attendance_totals(activities);
                perform recount_served_years(unions, volunteers, years);
                return null;
            end $$;

            create constraint trigger totals_settle_at_commit after insert on totals_settlements
                deferrable initially deferred for each row execute function totals_settle();
            """;

        private const string StopNotingAndSettling = """
            drop trigger totals_settle_at_commit on totals_settlements;
            drop function totals_settle();
            drop function totals_note_changed_rows();
            drop table totals_settlements, totals_noted_activities, totals_noted_served_years;
            """;

        // The triggers and functions of migration AttendanceTotals, which counted again after every statement.
        private static readonly (string Table, string Name)[] FollowedEachStatement =
            [("attendance", "attendance_totals"), ("service_lines", "service_lines_served"), ("participants", "participants_totals")];

        private static readonly (string Event, string Tables)[] StatementTables =
        [
            ("insert", "new table as new_rows"), ("update", "old table as old_rows new table as new_rows"),
            ("delete", "old table as old_rows"),
        ];

        private static string StopFollowingEachStatement => string.Join('\n',
            (from followed in FollowedEachStatement
             from change in StatementTables
             select $"drop trigger {followed.Name}_on_{change.Event} on {followed.Table};")
            .Concat(FollowedEachStatement.Select(f => $"drop function {f.Name}_follow();")));

        private static string FollowEachStatement => FollowingFunctions + string.Join('\n',
            from followed in FollowedEachStatement
            from change in StatementTables
            select $"""
                create trigger {followed.Name}_on_{change.Event} after {change.Event} on {followed.Table}
                    referencing {change.Tables}
                    for each statement execute function {followed.Name}_follow();
                """);

        // As migration AttendanceTotals defined them.
        private const string FollowingFunctions = """
            create function attendance_totals_follow() returns trigger language plpgsql as $$
            declare
                activities uuid[]; unions uuid[]; volunteers uuid[]; years int[];
            begin
                if tg_op = 'INSERT' then
                    select array_agg(activity_id), array_agg(union_id), array_agg(volunteer_id),
                        array_agg(extract(year from day)::int)
                    into activities, unions, volunteers, years from new_rows;
                elsif tg_op = 'DELETE' then
                    select array_agg(activity_id), array_agg(union_id), array_agg(volunteer_id),
                        array_agg(extract(year from day)::int)
                    into activities, unions, volunteers, years from old_rows;
                else
                    select array_agg(activity_id), array_agg(union_id), array_agg(volunteer_id),
                        array_agg(extract(year from day)::int)
                    into activities, unions, volunteers, years
                    from (select * from new_rows union all select * from old_rows) changed;
                end if;
                perform recount_attendance_totals(activities);
                perform recount_served_years(unions, volunteers, years);
                return null;
            end $$;

            create function service_lines_served_follow() returns trigger language plpgsql as $$
            declare
                unions uuid[]; volunteers uuid[]; years int[];
            begin
                if tg_op = 'INSERT' then
                    select array_agg(union_id), array_agg(volunteer_id), array_agg(extract(year from day)::int)
                    into unions, volunteers, years from new_rows;
                elsif tg_op = 'DELETE' then
                    select array_agg(union_id), array_agg(volunteer_id), array_agg(extract(year from day)::int)
                    into unions, volunteers, years from old_rows;
                else
                    select array_agg(union_id), array_agg(volunteer_id), array_agg(extract(year from day)::int)
                    into unions, volunteers, years
                    from (select * from new_rows union all select * from old_rows) changed;
                end if;
                perform recount_served_years(unions, volunteers, years);
                return null;
            end $$;

            -- A participant counts for its team once known; only a change of team moves hours.
            create function participants_totals_follow() returns trigger language plpgsql as $$
            declare
                activities uuid[];
            begin
                if tg_op = 'INSERT' then
                    select array_agg(activity_id) into activities from new_rows;
                elsif tg_op = 'DELETE' then
                    select array_agg(activity_id) into activities from old_rows;
                else
                    select array_agg(n.activity_id) into activities from new_rows n
                    join old_rows o on o.activity_id = n.activity_id and o.volunteer_id = n.volunteer_id
                    where o.team_id is distinct from n.team_id;
                end if;
                perform recount_attendance_totals(activities);
                return null;
            end $$;

            """;
    }
}
