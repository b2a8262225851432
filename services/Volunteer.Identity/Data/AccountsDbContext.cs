using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Audit;
using Volunteer.Identity.Replicas;
using Volunteer.Messaging;
using Volunteer.UnionTree;

namespace Volunteer.Identity.Data;

/// <summary>
/// The identity service's own database ("identitydb"): accounts and their grants, the audit trail,
/// OpenIddict's clients, authorizations and tokens, the Data Protection keys every replica shares, and
/// what it keeps of roster's: the union tree, teams and volunteers.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityUserContext<Account, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AccountGrant> Grants => Set<AccountGrant>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<KnownTeam> Teams => Set<KnownTeam>();

    public DbSet<KnownVolunteer> Volunteers => Set<KnownVolunteer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.AddMessagingTables();
        modelBuilder.AddUnionTree();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly);
    }
}
