using Microsoft.EntityFrameworkCore;

namespace Volunteer.UnionTree;

public static class UnionTreeModelBuilderExtensions
{
    public const string TableName = "union_nodes";

    /// <summary>The replicated union tree; call from <c>OnModelCreating</c> of a service that checks union scope.</summary>
    public static ModelBuilder AddUnionTree(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UnionNode>(union =>
        {
            union.ToTable(TableName);
            union.HasKey(u => u.Id);
            union.Property(u => u.Id).ValueGeneratedNever();
            union.Property(u => u.Name).HasMaxLength(200);
            union.Property(u => u.Kind).HasMaxLength(40);
            union.Property(u => u.RegionCode).HasMaxLength(12);
            union.HasIndex(u => u.ParentId);
        });
        return modelBuilder;
    }
}
