using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// Two calls, or a call and a consumer, can change the same rows at the same moment: a row's version
/// check fails, or a unique index refuses the second insert (two check-ins of one day, two enrolments of
/// one person). For services whose use cases save once at their end, a failed attempt wrote nothing:
/// the call is run again on a clean unit of work, where it sees what the other committed and answers
/// as it would have (already there, nothing to do). Only a conflict that persists reaches the caller,
/// as ABORTED (retry later), never as a server error.
/// </summary>
public sealed class ConcurrentChangeRetry<TContext> : Interceptor where TContext : DbContext
{
    private const int Attempts = 3;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await continuation(request, context);
            }
            catch (DbUpdateException e) when (IsConcurrentChange(e) && attempt < Attempts)
            {
                context.GetHttpContext().RequestServices.GetRequiredService<TContext>().ChangeTracker.Clear();
            }
            catch (DbUpdateException e) when (IsConcurrentChange(e))
            {
                throw new ConcurrentChangeException();
            }
        }
    }

    private static bool IsConcurrentChange(DbUpdateException e) =>
        e is DbUpdateConcurrencyException || UniqueViolation.Of(e);
}
