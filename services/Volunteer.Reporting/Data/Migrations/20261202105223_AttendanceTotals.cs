using System;
using System.Collections;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class AttendanceTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attendance_totals",
                columns: table => new
                {
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hours = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_totals", x => new { x.activity_id, x.day, x.union_id, x.team_id });
                });

            migrationBuilder.CreateTable(
                name: "served_years",
                columns: table => new
                {
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    days = table.Column<BitArray>(type: "bit(366)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_served_years", x => new { x.year, x.union_id, x.volunteer_id });
                });

            migrationBuilder.CreateTable(
                name: "served_years_everywhere",
                columns: table => new
                {
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    days = table.Column<BitArray>(type: "bit(366)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_served_years_everywhere", x => new { x.year, x.volunteer_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_volunteer_id_day",
                table: "attendance",
                columns: new[] { "volunteer_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_totals_day",
                table: "attendance_totals",
                column: "day")
                .Annotation("Npgsql:IndexInclude", new[] { "union_id", "hours" });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_totals_team_id_day",
                table: "attendance_totals",
                columns: new[] { "team_id", "day" })
                .Annotation("Npgsql:IndexInclude", new[] { "union_id", "activity_id", "hours" });

            // Totals follow their rows inside the statement that changes them, whatever projection or
            // rebuild made the change; then the rows already there are counted once.
            migrationBuilder.Sql(FollowRows);
            migrationBuilder.Sql(CountExistingRows);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StopFollowingRows);

            migrationBuilder.DropTable(
                name: "attendance_totals");

            migrationBuilder.DropTable(
                name: "served_years");

            migrationBuilder.DropTable(
                name: "served_years_everywhere");

            migrationBuilder.DropIndex(
                name: "ix_attendance_volunteer_id_day",
                table: "attendance");
        }

        private const string FollowRows = """
            create function recount_attendance_totals(activities uuid[]) returns void language sql as $$
                delete from attendance_totals where activity_id in (select unnest(activities));
                insert into attendance_totals (activity_id, day, union_id, team_id, hours)
                select a.activity_id, a.day, a.union_id,
                    coalesce(p.team_id, '00000000-0000-0000-0000-000000000000'), sum(a.hours)
                from attendance a
                left join participants p on p.activity_id = a.activity_id and p.volunteer_id = a.volunteer_id
                where a.activity_id in (select unnest(activities)) and (a.hours_status = 'counted' or a.approved)
                group by 1, 2, 3, 4;
            $$;

            create function served_days(volunteer uuid, year int) returns table (union_id uuid, day date)
            language sql stable as $$
                select a.union_id, a.day from attendance a
                where a.volunteer_id = volunteer and (a.hours_status = 'counted' or a.approved)
                    and a.day between make_date(year, 1, 1) and make_date(year, 12, 31)
                union all
                select l.union_id, l.day from service_lines l
                where l.volunteer_id = volunteer and l.day between make_date(year, 1, 1) and make_date(year, 12, 31);
            $$;

            create function day_bit(day date) returns bit(366) language sql immutable as $$
                select set_bit(repeat('0', 366)::bit(366), extract(doy from day)::int - 1, 1);
            $$;

            create function recount_served_years(unions uuid[], volunteers uuid[], years int[]) returns void
            language sql as $$
                delete from served_years s using unnest(unions, volunteers, years) k(union_id, volunteer_id, year)
                where s.year = k.year and s.union_id = k.union_id and s.volunteer_id = k.volunteer_id;
                delete from served_years_everywhere s using unnest(volunteers, years) k(volunteer_id, year)
                where s.year = k.year and s.volunteer_id = k.volunteer_id;
                insert into served_years (year, union_id, volunteer_id, days)
                select k.year, d.union_id, k.volunteer_id, bit_or(day_bit(d.day))
                from (select distinct * from unnest(unions, volunteers, years)) k(union_id, volunteer_id, year)
                cross join lateral served_days(k.volunteer_id, k.year) d
                where d.union_id = k.union_id
                group by 1, 2, 3;
                insert into served_years_everywhere (year, volunteer_id, days)
                select k.year, k.volunteer_id, bit_or(day_bit(d.day))
                from (select distinct * from unnest(volunteers, years)) k(volunteer_id, year)
                cross join lateral served_days(k.volunteer_id, k.year) d
                group by 1, 2;
            $$;

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

            create trigger attendance_totals_on_insert after insert on attendance
                referencing new table as new_rows
                for each statement execute function attendance_totals_follow();
            create trigger attendance_totals_on_update after update on attendance
                referencing old table as old_rows new table as new_rows
                for each statement execute function attendance_totals_follow();
            create trigger attendance_totals_on_delete after delete on attendance
                referencing old table as old_rows
                for each statement execute function attendance_totals_follow();
            create trigger service_lines_served_on_insert after insert on service_lines
                referencing new table as new_rows
                for each statement execute function service_lines_served_follow();
            create trigger service_lines_served_on_update after update on service_lines
                referencing old table as old_rows new table as new_rows
                for each statement execute function service_lines_served_follow();
            create trigger service_lines_served_on_delete after delete on service_lines
                referencing old table as old_rows
                for each statement execute function service_lines_served_follow();
            create trigger participants_totals_on_insert after insert on participants
                referencing new table as new_rows
                for each statement execute function participants_totals_follow();
            create trigger participants_totals_on_update after update on participants
                referencing old table as old_rows new table as new_rows
                for each statement execute function participants_totals_follow();
            create trigger participants_totals_on_delete after delete on participants
                referencing old table as old_rows
                for each statement execute function participants_totals_follow();
            """;

        private const string CountExistingRows = """
            select recount_attendance_totals(array(select distinct activity_id from attendance));
            select recount_served_years(array_agg(union_id), array_agg(volunteer_id), array_agg(year))
            from (select union_id, volunteer_id, extract(year from day)::int as year from attendance
                  union select union_id, volunteer_id, extract(year from day)::int from service_lines) served;
            """;

        private const string StopFollowingRows = """
            drop trigger attendance_totals_on_insert on attendance;
            drop trigger attendance_totals_on_update on attendance;
            drop trigger attendance_totals_on_delete on attendance;
            drop trigger service_lines_served_on_insert on service_lines;
            drop trigger service_lines_served_on_update on service_lines;
            drop trigger service_lines_served_on_delete on service_lines;
            drop trigger participants_totals_on_insert on participants;
            drop trigger participants_totals_on_update on participants;
            drop trigger participants_totals_on_delete on participants;
            drop function attendance_totals_follow();
            drop function service_lines_served_follow();
            drop function participants_totals_follow();
            drop function recount_attendance_totals(uuid[]);
            drop function recount_served_years(uuid[], uuid[], int[]);
            drop function served_days(uuid, int);
            drop function day_bit(date);
            """;
    }
}
