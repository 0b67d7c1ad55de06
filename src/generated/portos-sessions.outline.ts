/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts:
 * the operations and schema names (src/spec/outline.ts), without the document.
 * Do not make direct changes to the file: edit the YAML and run `npm run generate`.
 */
export const outline = {
  "operations": [
    {
      "operationId": "getSessions",
      "method": "GET",
      "path": "/sessions",
      "requiresAuth": true
    },
    {
      "operationId": "getSession",
      "method": "GET",
      "path": "/sessions/{id}",
      "requiresAuth": true
    },
    {
      "operationId": "deleteSession",
      "method": "DELETE",
      "path": "/sessions/{id}",
      "requiresAuth": true
    },
    {
      "operationId": "getCurrentUser",
      "method": "GET",
      "path": "/api/auth",
      "requiresAuth": true
    },
    {
      "operationId": "login",
      "method": "POST",
      "path": "/api/auth",
      "requiresAuth": false
    },
    {
      "operationId": "logout",
      "method": "DELETE",
      "path": "/api/auth",
      "requiresAuth": true
    },
    {
      "operationId": "refreshSession",
      "method": "POST",
      "path": "/api/auth/refresh",
      "requiresAuth": false
    }
  ],
  "schemaNames": [
    "RepeatableParameter",
    "SessionId",
    "EnvName",
    "Session",
    "SessionIdentity",
    "SessionQueryResult",
    "ProblemDetails",
    "PortosValidationProblemDetails",
    "ValidationErrorItem",
    "ErrorCode",
    "ProblemResource",
    "AuthRequest",
    "AuthResult",
    "UserProfile",
    "Device",
    "RefreshRequest",
    "RefreshResult",
    "UserRecord"
  ]
};
