using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging.Inbox;
using Volunteer.Messaging.Outbox;

namespace Volunteer.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>The outbox and inbox tables; call from <c>OnModelCreating</c> of a service's DbContext.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageType).HasMaxLength(512);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(64);
            outbox.Property(m => m.TraceState).HasMaxLength(512);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            // Commit time, from the database clock every replica shares.
            outbox.Property(m => m.CreatedAt).HasDefaultValueSql("now()");
            // The relay reads only what is pending, in write order; dead letters wait aside.
            outbox.HasIndex(m => m.Sequence, "pending").HasFilter("sent_at is null and dead_lettered_at is null")
                .HasDatabaseName("ix_outbox_messages_pending");
            outbox.HasIndex(m => m.Sequence, "dead_lettered").HasFilter("dead_lettered_at is not null")
                .HasDatabaseName("ix_outbox_messages_dead_lettered");
            outbox.HasIndex(m => m.SentAt).HasFilter("sent_at is not null").HasDatabaseName("ix_outbox_messages_sent");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.Consumer, m.MessageId });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.HasIndex(m => m.ProcessedAt);
        });
        return modelBuilder;
    }
}
