using System.Linq.Expressions;

namespace Volunteer.Safety.Incidents;

/// <summary>Replaces one parameter of an expression by a value, leaving a lambda EF can translate.</summary>
public sealed class ParameterBinding(ParameterExpression parameter, Expression value) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) =>
        node == parameter ? value : base.VisitParameter(node);
}
