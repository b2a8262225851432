using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIddict.EntityFrameworkCore.Models;

namespace Volunteer.Identity.Data;

/// <summary>OpenIddict names its tables itself; these are snake_case like every other table.</summary>
internal sealed class OpenIddictTableNames :
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreApplication>,
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreAuthorization>,
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreScope>,
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreToken>
{
    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreApplication> builder) =>
        builder.ToTable("oidc_applications");

    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreAuthorization> builder) =>
        builder.ToTable("oidc_authorizations");

    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreScope> builder) =>
        builder.ToTable("oidc_scopes");

    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreToken> builder) =>
        builder.ToTable("oidc_tokens");
}
