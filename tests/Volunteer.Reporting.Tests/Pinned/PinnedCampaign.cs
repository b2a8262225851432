using Npgsql;

namespace Volunteer.Reporting.Tests.Pinned;

/// <summary>
/// A campaign written straight into the read models, varied where the figures branch: a three-level
/// tree, disbanded teams, members who left, unvetted volunteers, every status with and without safety's
/// verdict, hours awaiting approval, activities around the host's today (15 June 2026), spending and
/// donations of cancelled activities, closed and open incidents, public and private cases, and data
/// in the periods before. Ranked values are distinct so every top list has one right order.
/// </summary>
internal static class PinnedCampaign
{
    public static async Task SeedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var seed = new NpgsqlCommand(Sql, connection);
        await seed.ExecuteNonQueryAsync();
    }

    public static Guid Id(string key) => new(Convert.ToHexString(
        System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(key))));

    private const string Sql = """
        insert into union_nodes (id, parent_id, name, kind, region_code)
          select md5('p')::uuid, null, '省工会', 'provincial', '440000'
          union all select md5('c' || c)::uuid, md5('p')::uuid, '市工会' || c, 'city-education', (440000 + c * 100)::text
            from generate_series(1, 3) c
          union all select md5('d' || c || '-' || d)::uuid, md5('c' || c)::uuid, '区工会' || c || '-' || d, 'district',
                 (440000 + c * 100 + d)::text
            from generate_series(1, 3) c, generate_series(1, 2) d;
        create temporary table unit_of (n int primary key, id uuid);
        insert into unit_of select row_number() over (order by name) - 1, id from union_nodes;
        insert into union_targets (union_id, team_target, people_target) select id, 3 + n, 30 + n from unit_of;
        insert into teams (id, union_id, name, specialty, status, activated_at)
          select md5('t' || t)::uuid, (select id from unit_of where n = t % 10), '分队' || t, 'education',
                 (array['active','active','active','forming','disbanded'])[1 + t % 5], now()
          from generate_series(1, 40) t;
        insert into volunteers (id, union_id, name, gender, vetting)
          select md5('v' || v)::uuid, (select id from unit_of where n = v % 10), '志愿者' || v, 'female',
                 (array['approved','approved','approved','pending','rejected'])[1 + v % 5]
          from generate_series(1, 400) v;
        insert into team_members (team_id, volunteer_id, role, joined_on, left_on)
          select md5('t' || (1 + v % 40))::uuid, md5('v' || v)::uuid, 'volunteer', date '2026-03-01',
                 case v % 6 when 0 then date '2026-04-01' when 1 then date '2026-02-01' end
          from generate_series(1, 400) v
          union all
          select md5('t' || (1 + (v + 7) % 40))::uuid, md5('v' || v)::uuid, 'volunteer', date '2026-03-01', null
          from generate_series(1, 400, 3) v;
        insert into activities (id, union_id, campaign_year, name, form, domain, mode, team_ids, starts_on, ends_on,
                                place,
                                leader_name, content, status, cleared, clearance_revision, clearance_reasons,
                                safety_plan_approved, beneficiaries, summary, evaluation)
          select md5('a' || a)::uuid, (select id from unit_of where n = a % 10), a / 300 + 2025, '活动' || a,
                 (array['teaching','medical','performance','skills-training','consulting','donation'])[1 + a % 6],
                 (array['education','medical','culture','science','health'])[1 + a % 5],
                 case when a % 4 = 0 then 'paired' else 'designated' end, array[md5('t' || (1 + a % 40))::uuid],
                 date '2025-04-01' + (a % 300) + 365 * (a / 300),
                 date '2025-04-01' + (a % 300) + 365 * (a / 300) + a % 3,
                 '地点', '负责人', '内容',
                 (array['planned','submitted','submitted','in-progress','completed','recorded','recorded','cancelled',
                        'submitted','completed','recorded'])[1 + a % 11],
                 case a % 3 when 0 then true when 1 then false end, a % 2,
                 case when a % 3 = 1 then array['UNINSURED','PLAN_NOT_APPROVED'] else array[]::text[] end,
                 true, a, '总结' || a, '优秀'
          from generate_series(0, 599) a;
        insert into participants (activity_id, volunteer_id, team_id, confirmed_at)
          select md5('a' || a)::uuid, md5('v' || (1 + (a * 3 + p) % 400))::uuid,
                 case when p < 2 then md5('t' || (1 + (a + p) % 40))::uuid end, now()
          from generate_series(0, 599) a, generate_series(0, 3) p;
        insert into attendance (id, activity_id, volunteer_id, union_id, day, hours, hours_status, revision, approved)
          select md5('att' || a || '-' || p)::uuid, md5('a' || a)::uuid, md5('v' || (1 + (a * 3 + p) % 400))::uuid,
                 (select id from unit_of where n = a % 10), date '2025-04-01' + (a % 300) + 365 * (a / 300),
                 1.5 + (a * 7 + p) % 11 * 0.25,
                 (array['counted','counted','awaiting-organiser','awaiting-province'])[1 + (a + p) % 4],
                 1, (a + p) % 8 = 2
          from generate_series(0, 599) a, generate_series(0, 3) p where a % 11 not in (0, 7);
        insert into service_lines (activity_id, volunteer_id, day, union_id, hours, recorded_at)
          select md5('a' || a)::uuid, md5('v' || (1 + (a * 3 + p) % 400))::uuid,
                 date '2025-04-01' + (a % 300) + 365 * (a / 300),
                 (select id from unit_of where n = a % 10), 2 + (a + p) % 5 * 0.5, now()
          from generate_series(0, 599) a, generate_series(0, 2) p where a % 11 in (5, 6, 10);
        insert into donations (activity_id, line, item, quantity, unit, value, received_by)
          select md5('a' || a)::uuid, l, '图书', 10, '册', 100 + a + l * 0.5, '校长'
          from generate_series(0, 599, 2) a, generate_series(1, 2) l;
        insert into spending (activity_id, line, amount, category, source)
          select md5('a' || a)::uuid, 1, 50 + a % 17, 'travel', (array['union','unit','donor'])[1 + a % 3]
          from generate_series(0, 599) a;
        insert into incidents (id, activity_id, union_id, severity, occurred_at, involved_count, uninsured_count,
                               closed_at, claim_status)
          select md5('i' || a)::uuid, md5('a' || a)::uuid, (select id from unit_of where n = a % 10),
                 (array['minor','moderate','serious','critical'])[1 + a % 4],
                 timestamptz '2025-04-01 23:30+08' + ((a % 300) + 365 * (a / 300)) * interval '1 day'
                   + a * interval '1 minute', 1, 0,
                 case when a % 2 = 0 then now() end, 'none'
          from generate_series(0, 599, 13) a;
        insert into typical_cases (id, activity_id, union_id, activity_name, story, innovation, results,
                                   volunteers_named, volunteers_pictured, beneficiaries_named, beneficiaries_pictured,
                                   marked_at, marked_by, request_id)
          select md5('k' || a)::uuid, md5('a' || a)::uuid, (select id from unit_of where n = a % 10),
                 '活动' || a, '故事' || a,
                 '创新' || a, '成效' || a, a % 3 <> 0, false, a % 4 <> 1, false,
                 timestamptz '2025-04-02 09:00+08' + ((a % 300) + 365 * (a / 300)) * interval '1 day', 'admin', 'r' || a
          from generate_series(0, 599, 7) a;
        analyze;
        """;
}
