// The shape of a service description as the codec uses it: what botocore's service models
// (../shared/spec/aws) say about each action's input and output, reduced to what the wire
// needs. scripts/gen-aws.mjs writes the SQS and SNS tables (models.generated.ts).
export {};
//# sourceMappingURL=model.js.map