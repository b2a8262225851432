using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Identity.Accounts;

namespace Volunteer.Identity.Data;

/// <summary>Identity's tables under names a psql user reads without the "asp_net_" prefix.</summary>
internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.ToTable("accounts");
        account.Property(a => a.Id).ValueGeneratedNever();
        account.Property(a => a.DisplayName).HasMaxLength(50);
        account.Property(a => a.RequestId).HasMaxLength(100);
        account.HasIndex(a => a.RequestId).IsUnique();
        account.HasIndex(a => a.HomeUnionId);
        account.HasIndex(a => a.VolunteerId).IsUnique();
        account.Ignore(a => a.Subject);
    }
}
