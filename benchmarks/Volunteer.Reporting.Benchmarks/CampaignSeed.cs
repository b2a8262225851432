using Npgsql;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>
/// Writes a campaign straight into the read model tables with set-based SQL (the projections are not
/// what is measured): per 1×, 100 teams, 1,000 volunteers and 2,000 activities in 21 cities, five
/// participants each with a day of attendance, service records for the recorded ones, outcomes and
/// a few incidents. Ids are md5-derived so the tables join as the projections would have made them.
/// </summary>
internal static class CampaignSeed
{
    public const int Cities = 21;

    public static async Task<long> SeedAsync(string connectionString, int scale)
    {
        var (teams, volunteers, activities) = (100 * scale, 1_000 * scale, 2_000 * scale);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var sql = $"""
            insert into union_nodes (id, parent_id, name, kind, region_code)
              select md5('province')::uuid, null, '广东省教科文卫工会', 'provincial', '440000'
              union all select md5('city' || c)::uuid, md5('province')::uuid, '第' || c || '市教育工会', 'city-education', (440100 + c * 100)::text
              from generate_series(1, {Cities}) c;
            insert into union_targets (union_id, team_target, people_target)
              select md5('province')::uuid, 100, 1000 union all select md5('city' || c)::uuid, 5, 50 from generate_series(1, {Cities}) c;
            insert into teams (id, union_id, name, specialty, status, activated_at)
              select md5('team' || t)::uuid, md5('city' || (1 + t % {Cities}))::uuid, '服务分队' || t, 'education', 'active', now()
              from generate_series(1, {teams}) t;
            insert into volunteers (id, union_id, name, gender, vetting)
              select md5('v' || v)::uuid, md5('city' || (1 + v % {Cities}))::uuid, '志愿者' || v, case when v % 2 = 0 then 'male' else 'female' end, 'approved'
              from generate_series(1, {volunteers}) v;
            insert into team_members (team_id, volunteer_id, role, joined_on)
              select md5('team' || (1 + v % {teams}))::uuid, md5('v' || v)::uuid, 'volunteer', date '2026-03-01'
              from generate_series(1, {volunteers}) v;
            insert into activities (id, union_id, campaign_year, name, form, domain, mode, team_ids, starts_on, ends_on, place, leader_name, content,
                                    status, cleared, clearance_revision, clearance_reasons, safety_plan_approved, beneficiaries, summary, evaluation,
                                    completed_at, recorded_at)
              select md5('a' || a)::uuid, md5('city' || (1 + a % {Cities}))::uuid, 2026, '活动' || a,
                     (array['teaching','medical','performance','skills-training','consulting','donation'])[1 + a % 6],
                     (array['education','medical','culture','science','health'])[1 + a % 5],
                     case when a % 4 = 0 then 'paired' else 'designated' end,
                     array[md5('team' || (1 + a % {teams}))::uuid], date '2026-04-01' + (a % 214), date '2026-04-01' + (a % 214), '服务地点', '负责人', '服务内容',
                     (array['recorded','recorded','recorded','completed','submitted','cancelled','in-progress','recorded','recorded','completed'])[1 + a % 10],
                     a % 10 <> 4, 1, array[]::text[], true, 10 + a % 90, '总结', '优秀', now(), case when a % 10 in (0,1,2,7,8) then now() end
              from generate_series(1, {activities}) a;
            insert into participants (activity_id, volunteer_id, team_id, confirmed_at)
              select md5('a' || a)::uuid, md5('v' || (1 + (a * 5 + p) % {volunteers}))::uuid, md5('team' || (1 + a % {teams}))::uuid, now()
              from generate_series(1, {activities}) a, generate_series(0, 4) p;
            insert into attendance (id, activity_id, volunteer_id, union_id, day, hours, hours_status, revision, approved)
              select md5('att' || a || '-' || p)::uuid, md5('a' || a)::uuid, md5('v' || (1 + (a * 5 + p) % {volunteers}))::uuid,
                     md5('city' || (1 + a % {Cities}))::uuid, date '2026-04-01' + (a % 214), 6, 'counted', 1, false
              from generate_series(1, {activities}) a, generate_series(0, 4) p where a % 10 <> 4 and a % 10 <> 5;
            insert into service_lines (activity_id, volunteer_id, day, union_id, hours, recorded_at)
              select md5('a' || a)::uuid, md5('v' || (1 + (a * 5 + p) % {volunteers}))::uuid, date '2026-04-01' + (a % 214),
                     md5('city' || (1 + a % {Cities}))::uuid, 6, now()
              from generate_series(1, {activities}) a, generate_series(0, 4) p where a % 10 in (0,1,2,7,8);
            insert into donations (activity_id, line, item, quantity, unit, value, received_by)
              select md5('a' || a)::uuid, 1, '图书', 100, '册', 2000, '校长' from generate_series(1, {activities}) a where a % 2 = 0;
            insert into spending (activity_id, line, amount, category, source)
              select md5('a' || a)::uuid, 1, 500, 'travel', case when a % 4 = 0 then 'unit' else 'union' end from generate_series(1, {activities}) a;
            insert into incidents (id, activity_id, union_id, severity, occurred_at, involved_count, uninsured_count, claim_status)
              select md5('i' || a)::uuid, md5('a' || a)::uuid, md5('city' || (1 + a % {Cities}))::uuid, (array['minor','moderate','serious'])[1 + a % 3],
                     timestamptz '2026-04-01 10:00+08' + (a % 214) * interval '1 day', 1, 0, 'none'
              from generate_series(1, {activities}) a where a % 100 = 0;
            """;
        await using (var seed = new NpgsqlCommand(sql, connection) { CommandTimeout = 1800 })
        {
            await seed.ExecuteNonQueryAsync();
        }

        await using (var analyze = new NpgsqlCommand("vacuum (analyze)", connection) { CommandTimeout = 1800 })
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await using var rows = new NpgsqlCommand(
            "select (select count(*) from activities) + (select count(*) from attendance) + (select count(*) from service_lines) + (select count(*) from participants)", connection);
        return (long)(await rows.ExecuteScalarAsync())!;
    }
}
