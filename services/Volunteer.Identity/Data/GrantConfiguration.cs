using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Identity.Accounts;

namespace Volunteer.Identity.Data;

internal sealed class GrantConfiguration : IEntityTypeConfiguration<AccountGrant>
{
    public void Configure(EntityTypeBuilder<AccountGrant> grant)
    {
        grant.ToTable("account_grants");
        grant.Property(g => g.Id).ValueGeneratedNever();
        grant.Property(g => g.Role).HasMaxLength(40);
        grant.Property(g => g.GrantedBy).HasMaxLength(200);
        grant.Property(g => g.RevokedBy).HasMaxLength(200);
        grant.HasOne<Account>().WithMany().HasForeignKey(g => g.AccountId).OnDelete(DeleteBehavior.Cascade);
        // Every token issue reads an account's active grants.
        grant.HasIndex(g => g.AccountId).HasFilter("revoked_at is null");
    }
}
