// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-aws.mjs from botocore's SQS and SNS service models (../shared/spec/aws);
// run `npm run gen` to refresh. test/sqs/codec/request.test.ts fails when this file is stale.
// The models are Apache-2.0 (../shared/spec/aws/LICENSE.txt); their NOTICE reads:
//
// Botocore
// Copyright 2012-2022 Amazon.com, Inc. or its affiliates. All Rights Reserved.
//
// ----
//
// Botocore includes vendorized parts of the requests python library for backwards compatibility.
//
// Requests License
// ================
//
// Copyright 2013 Kenneth Reitz
//
//    Licensed under the Apache License, Version 2.0 (the "License");
//    you may not use this file except in compliance with the License.
//    You may obtain a copy of the License at
//
//        http://www.apache.org/licenses/LICENSE-2.0
//
//    Unless required by applicable law or agreed to in writing, software
//    distributed under the License is distributed on an "AS IS" BASIS,
//    WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
//    See the License for the specific language governing permissions and
//    limitations under the License.
//
// Botocore includes vendorized parts of the urllib3 library for backwards compatibility.
//
// Urllib3 License
// ===============
//
// This is the MIT license: http://www.opensource.org/licenses/mit-license.php
//
// Copyright 2008-2011 Andrey Petrov and contributors (see CONTRIBUTORS.txt),
// Modifications copyright 2012 Kenneth Reitz.
//
// Permission is hereby granted, free of charge, to any person obtaining a copy of this
// software and associated documentation files (the "Software"), to deal in the Software
// without restriction, including without limitation the rights to use, copy, modify, merge,
// publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
// to whom the Software is furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all copies or
// substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
// INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
// PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
// FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
// OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
// DEALINGS IN THE SOFTWARE.
//
// Bundle of CA Root Certificates
// ==============================
//
// ***** BEGIN LICENSE BLOCK *****
// This Source Code Form is subject to the terms of the
// Mozilla Public License, v. 2.0. If a copy of the MPL
// was not distributed with this file, You can obtain
// one at http://mozilla.org/MPL/2.0/.
//
// ***** END LICENSE BLOCK *****
export const SQS_MODEL = {
    "xmlNamespace": "http://queue.amazonaws.com/doc/2012-11-05/",
    "apiVersion": "2012-11-05",
    "operations": {
        "AddPermission": {
            "errors": [
                "OverLimit",
                "RequestThrottled",
                "QueueDoesNotExist",
                "InvalidAddress",
                "InvalidSecurity",
                "UnsupportedOperation"
            ],
            "input": "AddPermissionRequest"
        },
        "CancelMessageMoveTask": {
            "errors": [
                "ResourceNotFoundException",
                "RequestThrottled",
                "InvalidAddress",
                "InvalidSecurity",
                "UnsupportedOperation"
            ],
            "input": "CancelMessageMoveTaskRequest",
            "output": "CancelMessageMoveTaskResult",
            "resultWrapper": "CancelMessageMoveTaskResult"
        },
        "ChangeMessageVisibility": {
            "errors": [
                "MessageNotInflight",
                "ReceiptHandleIsInvalid",
                "RequestThrottled",
                "QueueDoesNotExist",
                "UnsupportedOperation",
                "InvalidAddress",
                "InvalidSecurity"
            ],
            "input": "ChangeMessageVisibilityRequest"
        },
        "ChangeMessageVisibilityBatch": {
            "errors": [
                "TooManyEntriesInBatchRequest",
                "EmptyBatchRequest",
                "BatchEntryIdsNotDistinct",
                "InvalidBatchEntryId",
                "RequestThrottled",
                "QueueDoesNotExist",
                "UnsupportedOperation",
                "InvalidAddress",
                "InvalidSecurity"
            ],
            "input": "ChangeMessageVisibilityBatchRequest",
            "output": "ChangeMessageVisibilityBatchResult",
            "resultWrapper": "ChangeMessageVisibilityBatchResult"
        },
        "CreateQueue": {
            "errors": [
                "QueueDeletedRecently",
                "QueueNameExists",
                "RequestThrottled",
                "InvalidAddress",
                "InvalidAttributeName",
                "InvalidAttributeValue",
                "UnsupportedOperation",
                "InvalidSecurity"
            ],
            "input": "CreateQueueRequest",
            "output": "CreateQueueResult",
            "resultWrapper": "CreateQueueResult"
        },
        "DeleteMessage": {
            "errors": [
                "InvalidIdFormat",
                "ReceiptHandleIsInvalid",
                "RequestThrottled",
                "QueueDoesNotExist",
                "UnsupportedOperation",
                "InvalidSecurity",
                "InvalidAddress"
            ],
            "input": "DeleteMessageRequest"
        },
        "DeleteMessageBatch": {
            "errors": [
                "TooManyEntriesInBatchRequest",
                "EmptyBatchRequest",
                "BatchEntryIdsNotDistinct",
                "InvalidBatchEntryId",
                "RequestThrottled",
                "QueueDoesNotExist",
                "UnsupportedOperation",
                "InvalidAddress",
                "InvalidSecurity"
            ],
            "input": "DeleteMessageBatchRequest",
            "output": "DeleteMessageBatchResult",
            "resultWrapper": "DeleteMessageBatchResult"
        },
        "DeleteQueue": {
            "errors": [
                "RequestThrottled",
                "QueueDoesNotExist",
                "InvalidAddress",
                "UnsupportedOperation",
                "InvalidSecurity"
            ],
            "input": "DeleteQueueRequest"
        },
        "GetQueueAttributes": {
            "errors": [
                "InvalidAttributeName",
                "RequestThrottled",
                "QueueDoesNotExist",
                "UnsupportedOperation",
                "InvalidSecurity",
                "InvalidAddress"
            ],
            "input": "GetQueueAttributesRequest",
            "output": "GetQueueAttributesResult",
            "resultWrapper": "GetQueueAttributesResult"
        },
        "GetQueueUrl": {
            "errors": [
                "RequestThrottled",
                "QueueDoesNotExist",
                "InvalidAddress",
                "InvalidSecurity",
                "UnsupportedOperation"
            ],
            "input": "GetQueueUrlRequest",
            "output": "GetQueueUrlResult",
            "resultWrapper": "GetQueueUrlResult"
        },
        "ListDeadLetterSourceQueues": {
            "errors": [
                "QueueDoesNotExist",
                "RequestThrottled",
                "InvalidSecurity",
                "InvalidAddress",
                "UnsupportedOperation"
            ],
            "input": "ListDeadLetterSourceQueuesRequest",
            "output": "ListDeadLetterSourceQueuesResult",
            "resultWrapper": "ListDeadLetterSourceQueuesResult"
        },
        "ListMessageMoveTasks": {
            "errors": [
                "ResourceNotFoundException",
                "RequestThrottled",
                "InvalidAddress",
                "InvalidSecurity",
                "UnsupportedOperation"
            ],
            "input": "ListMessageMoveTasksRequest",
            "output": "ListMessageMoveTasksResult",
            "resultWrapper": "ListMessageMoveTasksResult"
        },
        "ListQueueTags": {
            "errors": [
                "RequestThrottled",
                "QueueDoesNotExist",
                "UnsupportedOperation",
                "InvalidAddress",
                "InvalidSecurity"
            ],
            "input": "ListQueueTagsRequest",
            "output": "ListQueueTagsResult",
            "resultWrapper": "ListQueueTagsResult"
        },
        "ListQueues": {
            "errors": [
                "RequestThrottled",
                "InvalidSecurity",
                "InvalidAddress",
                "UnsupportedOperation"
            ],
            "input": "ListQueuesRequest",
            "output": "ListQueuesResult",
            "resultWrapper": "ListQueuesResult"
        },
        "PurgeQueue": {
            "errors": [
                "QueueDoesNotExist",
                "PurgeQueueInProgress",
                "RequestThrottled",
                "InvalidAddress",
                "InvalidSecurity",
                "UnsupportedOperation"
            ],
            "input": "PurgeQueueRequest"
        },
        "ReceiveMessage": {
            "errors": [
                "UnsupportedOperation",
                "OverLimit",
                "RequestThrottled",
                "QueueDoesNotExist",
                "InvalidSecurity",
                "KmsDisabled",
                "KmsInvalidState",
                "KmsNotFound",
                "KmsOptInRequired",
                "KmsThrottled",
                "KmsAccessDenied",
                "KmsInvalidKeyUsage",
                "InvalidAddress"
            ],
            "input": "ReceiveMessageRequest",
            "output": "ReceiveMessageResult",
            "resultWrapper": "ReceiveMessageResult"
        },
        "RemovePermission": {
            "errors": [
                "InvalidAddress",
                "RequestThrottled",
                "QueueDoesNotExist",
                "InvalidSecurity",
                "UnsupportedOperation"
            ],
            "input": "RemovePermissionRequest"
        },
        "SendMessage": {
            "errors": [
                "InvalidMessageContents",
                "UnsupportedOperation",
                "RequestThrottled",
                "QueueDoesNotExist",
                "InvalidSecurity",
                "KmsDisabled",
                "KmsInvalidState",
                "KmsNotFound",
                "KmsOptInRequired",
                "KmsThrottled",
                "KmsAccessDenied",
                "KmsInvalidKeyUsage",
                "InvalidAddress"
            ],
            "input": "SendMessageRequest",
            "output": "SendMessageResult",
            "resultWrapper": "SendMessageResult"
        },
        "SendMessageBatch": {
            "errors": [
                "TooManyEntriesInBatchRequest",
                "EmptyBatchRequest",
                "BatchEntryIdsNotDistinct",
                "BatchRequestTooLong",
                "InvalidBatchEntryId",
                "UnsupportedOperation",
                "RequestThrottled",
                "QueueDoesNotExist",
                "InvalidSecurity",
                "KmsDisabled",
                "KmsInvalidState",
                "KmsNotFound",
                "KmsOptInRequired",
                "KmsThrottled",
                "KmsAccessDenied",
                "KmsInvalidKeyUsage",
                "InvalidAddress"
            ],
            "input": "SendMessageBatchRequest",
            "output": "SendMessageBatchResult",
            "resultWrapper": "SendMessageBatchResult"
        },
        "SetQueueAttributes": {
            "errors": [
                "InvalidAttributeName",
                "InvalidAttributeValue",
                "RequestThrottled",
                "QueueDoesNotExist",
                "UnsupportedOperation",
                "OverLimit",
                "InvalidAddress",
                "InvalidSecurity"
            ],
            "input": "SetQueueAttributesRequest"
        },
        "StartMessageMoveTask": {
            "errors": [
                "ResourceNotFoundException",
                "RequestThrottled",
                "InvalidAddress",
                "InvalidSecurity",
                "UnsupportedOperation"
            ],
            "input": "StartMessageMoveTaskRequest",
            "output": "StartMessageMoveTaskResult",
            "resultWrapper": "StartMessageMoveTaskResult"
        },
        "TagQueue": {
            "errors": [
                "InvalidAddress",
                "RequestThrottled",
                "QueueDoesNotExist",
                "InvalidSecurity",
                "UnsupportedOperation"
            ],
            "input": "TagQueueRequest"
        },
        "UntagQueue": {
            "errors": [
                "InvalidAddress",
                "RequestThrottled",
                "QueueDoesNotExist",
                "InvalidSecurity",
                "UnsupportedOperation"
            ],
            "input": "UntagQueueRequest"
        }
    },
    "shapes": {
        "AWSAccountIdList": {
            "type": "list",
            "member": "String",
            "flattened": true,
            "memberName": "AWSAccountId"
        },
        "ActionNameList": {
            "type": "list",
            "member": "String",
            "flattened": true,
            "memberName": "ActionName"
        },
        "AddPermissionRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "Label": {
                    "shape": "String"
                },
                "AWSAccountIds": {
                    "shape": "AWSAccountIdList"
                },
                "Actions": {
                    "shape": "ActionNameList"
                }
            },
            "required": [
                "QueueUrl",
                "Label",
                "AWSAccountIds",
                "Actions"
            ]
        },
        "AttributeNameList": {
            "type": "list",
            "member": "QueueAttributeName",
            "flattened": true,
            "memberName": "AttributeName"
        },
        "BatchEntryIdsNotDistinct": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "BatchRequestTooLong": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "BatchResultErrorEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                },
                "SenderFault": {
                    "shape": "Boolean"
                },
                "Code": {
                    "shape": "String"
                },
                "Message": {
                    "shape": "String"
                }
            },
            "required": [
                "Id",
                "SenderFault",
                "Code"
            ]
        },
        "BatchResultErrorEntryList": {
            "type": "list",
            "member": "BatchResultErrorEntry",
            "flattened": true,
            "memberName": "BatchResultErrorEntry"
        },
        "Binary": {
            "type": "blob"
        },
        "BinaryList": {
            "type": "list",
            "member": "Binary",
            "flattened": false,
            "memberName": "BinaryListValue"
        },
        "Boolean": {
            "type": "boolean"
        },
        "BoxedInteger": {
            "type": "integer"
        },
        "CancelMessageMoveTaskRequest": {
            "type": "structure",
            "members": {
                "TaskHandle": {
                    "shape": "String"
                }
            },
            "required": [
                "TaskHandle"
            ]
        },
        "CancelMessageMoveTaskResult": {
            "type": "structure",
            "members": {
                "ApproximateNumberOfMessagesMoved": {
                    "shape": "Long"
                }
            },
            "required": []
        },
        "ChangeMessageVisibilityBatchRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "Entries": {
                    "shape": "ChangeMessageVisibilityBatchRequestEntryList"
                }
            },
            "required": [
                "QueueUrl",
                "Entries"
            ]
        },
        "ChangeMessageVisibilityBatchRequestEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                },
                "ReceiptHandle": {
                    "shape": "String"
                },
                "VisibilityTimeout": {
                    "shape": "NullableInteger"
                }
            },
            "required": [
                "Id",
                "ReceiptHandle"
            ]
        },
        "ChangeMessageVisibilityBatchRequestEntryList": {
            "type": "list",
            "member": "ChangeMessageVisibilityBatchRequestEntry",
            "flattened": true,
            "memberName": "ChangeMessageVisibilityBatchRequestEntry"
        },
        "ChangeMessageVisibilityBatchResult": {
            "type": "structure",
            "members": {
                "Successful": {
                    "shape": "ChangeMessageVisibilityBatchResultEntryList"
                },
                "Failed": {
                    "shape": "BatchResultErrorEntryList"
                }
            },
            "required": [
                "Successful",
                "Failed"
            ]
        },
        "ChangeMessageVisibilityBatchResultEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                }
            },
            "required": [
                "Id"
            ]
        },
        "ChangeMessageVisibilityBatchResultEntryList": {
            "type": "list",
            "member": "ChangeMessageVisibilityBatchResultEntry",
            "flattened": true,
            "memberName": "ChangeMessageVisibilityBatchResultEntry"
        },
        "ChangeMessageVisibilityRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "ReceiptHandle": {
                    "shape": "String"
                },
                "VisibilityTimeout": {
                    "shape": "NullableInteger"
                }
            },
            "required": [
                "QueueUrl",
                "ReceiptHandle",
                "VisibilityTimeout"
            ]
        },
        "CreateQueueRequest": {
            "type": "structure",
            "members": {
                "QueueName": {
                    "shape": "String"
                },
                "Attributes": {
                    "shape": "QueueAttributeMap",
                    "queryName": "Attribute"
                },
                "tags": {
                    "shape": "TagMap",
                    "queryName": "Tag"
                }
            },
            "required": [
                "QueueName"
            ]
        },
        "CreateQueueResult": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "DeleteMessageBatchRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "Entries": {
                    "shape": "DeleteMessageBatchRequestEntryList"
                }
            },
            "required": [
                "QueueUrl",
                "Entries"
            ]
        },
        "DeleteMessageBatchRequestEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                },
                "ReceiptHandle": {
                    "shape": "String"
                }
            },
            "required": [
                "Id",
                "ReceiptHandle"
            ]
        },
        "DeleteMessageBatchRequestEntryList": {
            "type": "list",
            "member": "DeleteMessageBatchRequestEntry",
            "flattened": true,
            "memberName": "DeleteMessageBatchRequestEntry"
        },
        "DeleteMessageBatchResult": {
            "type": "structure",
            "members": {
                "Successful": {
                    "shape": "DeleteMessageBatchResultEntryList"
                },
                "Failed": {
                    "shape": "BatchResultErrorEntryList"
                }
            },
            "required": [
                "Successful",
                "Failed"
            ]
        },
        "DeleteMessageBatchResultEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                }
            },
            "required": [
                "Id"
            ]
        },
        "DeleteMessageBatchResultEntryList": {
            "type": "list",
            "member": "DeleteMessageBatchResultEntry",
            "flattened": true,
            "memberName": "DeleteMessageBatchResultEntry"
        },
        "DeleteMessageRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "ReceiptHandle": {
                    "shape": "String"
                }
            },
            "required": [
                "QueueUrl",
                "ReceiptHandle"
            ]
        },
        "DeleteQueueRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                }
            },
            "required": [
                "QueueUrl"
            ]
        },
        "EmptyBatchRequest": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "ExceptionMessage": {
            "type": "string"
        },
        "GetQueueAttributesRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "AttributeNames": {
                    "shape": "AttributeNameList"
                }
            },
            "required": [
                "QueueUrl"
            ]
        },
        "GetQueueAttributesResult": {
            "type": "structure",
            "members": {
                "Attributes": {
                    "shape": "QueueAttributeMap",
                    "queryName": "Attribute"
                }
            },
            "required": []
        },
        "GetQueueUrlRequest": {
            "type": "structure",
            "members": {
                "QueueName": {
                    "shape": "String"
                },
                "QueueOwnerAWSAccountId": {
                    "shape": "String"
                }
            },
            "required": [
                "QueueName"
            ]
        },
        "GetQueueUrlResult": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "InvalidAddress": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidAttributeName": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidAttributeValue": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidBatchEntryId": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidIdFormat": {
            "type": "structure",
            "members": {},
            "required": [],
            "exception": true
        },
        "InvalidMessageContents": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidSecurity": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "KmsAccessDenied": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "KmsDisabled": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "KmsInvalidKeyUsage": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "KmsInvalidState": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "KmsNotFound": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "KmsOptInRequired": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "KmsThrottled": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "ListDeadLetterSourceQueuesRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "NextToken": {
                    "shape": "Token"
                },
                "MaxResults": {
                    "shape": "BoxedInteger"
                }
            },
            "required": [
                "QueueUrl"
            ]
        },
        "ListDeadLetterSourceQueuesResult": {
            "type": "structure",
            "members": {
                "queueUrls": {
                    "shape": "QueueUrlList"
                },
                "NextToken": {
                    "shape": "Token"
                }
            },
            "required": [
                "queueUrls"
            ]
        },
        "ListMessageMoveTasksRequest": {
            "type": "structure",
            "members": {
                "SourceArn": {
                    "shape": "String"
                },
                "MaxResults": {
                    "shape": "NullableInteger"
                }
            },
            "required": [
                "SourceArn"
            ]
        },
        "ListMessageMoveTasksResult": {
            "type": "structure",
            "members": {
                "Results": {
                    "shape": "ListMessageMoveTasksResultEntryList"
                }
            },
            "required": []
        },
        "ListMessageMoveTasksResultEntry": {
            "type": "structure",
            "members": {
                "TaskHandle": {
                    "shape": "String"
                },
                "Status": {
                    "shape": "String"
                },
                "SourceArn": {
                    "shape": "String"
                },
                "DestinationArn": {
                    "shape": "String"
                },
                "MaxNumberOfMessagesPerSecond": {
                    "shape": "NullableInteger"
                },
                "ApproximateNumberOfMessagesMoved": {
                    "shape": "Long"
                },
                "ApproximateNumberOfMessagesToMove": {
                    "shape": "NullableLong"
                },
                "FailureReason": {
                    "shape": "String"
                },
                "StartedTimestamp": {
                    "shape": "Long"
                }
            },
            "required": []
        },
        "ListMessageMoveTasksResultEntryList": {
            "type": "list",
            "member": "ListMessageMoveTasksResultEntry",
            "flattened": true,
            "memberName": "ListMessageMoveTasksResultEntry"
        },
        "ListQueueTagsRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                }
            },
            "required": [
                "QueueUrl"
            ]
        },
        "ListQueueTagsResult": {
            "type": "structure",
            "members": {
                "Tags": {
                    "shape": "TagMap",
                    "queryName": "Tag"
                }
            },
            "required": []
        },
        "ListQueuesRequest": {
            "type": "structure",
            "members": {
                "QueueNamePrefix": {
                    "shape": "String"
                },
                "NextToken": {
                    "shape": "Token"
                },
                "MaxResults": {
                    "shape": "BoxedInteger"
                }
            },
            "required": []
        },
        "ListQueuesResult": {
            "type": "structure",
            "members": {
                "QueueUrls": {
                    "shape": "QueueUrlList"
                },
                "NextToken": {
                    "shape": "Token"
                }
            },
            "required": []
        },
        "Long": {
            "type": "long"
        },
        "Message": {
            "type": "structure",
            "members": {
                "MessageId": {
                    "shape": "String"
                },
                "ReceiptHandle": {
                    "shape": "String"
                },
                "MD5OfBody": {
                    "shape": "String"
                },
                "Body": {
                    "shape": "String"
                },
                "Attributes": {
                    "shape": "MessageSystemAttributeMap",
                    "queryName": "Attribute"
                },
                "MD5OfMessageAttributes": {
                    "shape": "String"
                },
                "MessageAttributes": {
                    "shape": "MessageBodyAttributeMap",
                    "queryName": "MessageAttribute"
                }
            },
            "required": []
        },
        "MessageAttributeName": {
            "type": "string"
        },
        "MessageAttributeNameList": {
            "type": "list",
            "member": "MessageAttributeName",
            "flattened": true,
            "memberName": "MessageAttributeName"
        },
        "MessageAttributeValue": {
            "type": "structure",
            "members": {
                "StringValue": {
                    "shape": "String"
                },
                "BinaryValue": {
                    "shape": "Binary"
                },
                "StringListValues": {
                    "shape": "StringList",
                    "queryName": "StringListValue"
                },
                "BinaryListValues": {
                    "shape": "BinaryList",
                    "queryName": "BinaryListValue"
                },
                "DataType": {
                    "shape": "String"
                }
            },
            "required": [
                "DataType"
            ]
        },
        "MessageBodyAttributeMap": {
            "type": "map",
            "key": "String",
            "value": "MessageAttributeValue",
            "flattened": true,
            "keyName": "Name",
            "valueName": "Value"
        },
        "MessageBodySystemAttributeMap": {
            "type": "map",
            "key": "MessageSystemAttributeNameForSends",
            "value": "MessageSystemAttributeValue",
            "flattened": true,
            "keyName": "Name",
            "valueName": "Value"
        },
        "MessageList": {
            "type": "list",
            "member": "Message",
            "flattened": true,
            "memberName": "Message"
        },
        "MessageNotInflight": {
            "type": "structure",
            "members": {},
            "required": [],
            "exception": true
        },
        "MessageSystemAttributeList": {
            "type": "list",
            "member": "MessageSystemAttributeName",
            "flattened": true
        },
        "MessageSystemAttributeMap": {
            "type": "map",
            "key": "MessageSystemAttributeName",
            "value": "String",
            "flattened": true,
            "keyName": "Name",
            "valueName": "Value"
        },
        "MessageSystemAttributeName": {
            "type": "string",
            "enum": [
                "All",
                "SenderId",
                "SentTimestamp",
                "ApproximateReceiveCount",
                "ApproximateFirstReceiveTimestamp",
                "SequenceNumber",
                "MessageDeduplicationId",
                "MessageGroupId",
                "AWSTraceHeader",
                "DeadLetterQueueSourceArn"
            ]
        },
        "MessageSystemAttributeNameForSends": {
            "type": "string",
            "enum": [
                "AWSTraceHeader"
            ]
        },
        "MessageSystemAttributeValue": {
            "type": "structure",
            "members": {
                "StringValue": {
                    "shape": "String"
                },
                "BinaryValue": {
                    "shape": "Binary"
                },
                "StringListValues": {
                    "shape": "StringList",
                    "queryName": "StringListValue"
                },
                "BinaryListValues": {
                    "shape": "BinaryList",
                    "queryName": "BinaryListValue"
                },
                "DataType": {
                    "shape": "String"
                }
            },
            "required": [
                "DataType"
            ]
        },
        "NullableInteger": {
            "type": "integer"
        },
        "NullableLong": {
            "type": "long"
        },
        "OverLimit": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "PurgeQueueInProgress": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "PurgeQueueRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                }
            },
            "required": [
                "QueueUrl"
            ]
        },
        "QueueAttributeMap": {
            "type": "map",
            "key": "QueueAttributeName",
            "value": "String",
            "flattened": true,
            "keyName": "Name",
            "valueName": "Value"
        },
        "QueueAttributeName": {
            "type": "string",
            "enum": [
                "All",
                "Policy",
                "VisibilityTimeout",
                "MaximumMessageSize",
                "MessageRetentionPeriod",
                "ApproximateNumberOfMessages",
                "ApproximateNumberOfMessagesNotVisible",
                "CreatedTimestamp",
                "LastModifiedTimestamp",
                "QueueArn",
                "ApproximateNumberOfMessagesDelayed",
                "DelaySeconds",
                "ReceiveMessageWaitTimeSeconds",
                "RedrivePolicy",
                "FifoQueue",
                "ContentBasedDeduplication",
                "KmsMasterKeyId",
                "KmsDataKeyReusePeriodSeconds",
                "DeduplicationScope",
                "FifoThroughputLimit",
                "RedriveAllowPolicy",
                "SqsManagedSseEnabled"
            ]
        },
        "QueueDeletedRecently": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "QueueDoesNotExist": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "QueueNameExists": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "QueueUrlList": {
            "type": "list",
            "member": "String",
            "flattened": true,
            "memberName": "QueueUrl"
        },
        "ReceiptHandleIsInvalid": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "ReceiveMessageRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "AttributeNames": {
                    "shape": "AttributeNameList"
                },
                "MessageSystemAttributeNames": {
                    "shape": "MessageSystemAttributeList"
                },
                "MessageAttributeNames": {
                    "shape": "MessageAttributeNameList"
                },
                "MaxNumberOfMessages": {
                    "shape": "NullableInteger"
                },
                "VisibilityTimeout": {
                    "shape": "NullableInteger"
                },
                "WaitTimeSeconds": {
                    "shape": "NullableInteger"
                },
                "ReceiveRequestAttemptId": {
                    "shape": "String"
                }
            },
            "required": [
                "QueueUrl"
            ]
        },
        "ReceiveMessageResult": {
            "type": "structure",
            "members": {
                "Messages": {
                    "shape": "MessageList"
                }
            },
            "required": []
        },
        "RemovePermissionRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "Label": {
                    "shape": "String"
                }
            },
            "required": [
                "QueueUrl",
                "Label"
            ]
        },
        "RequestThrottled": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "ResourceNotFoundException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "SendMessageBatchRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "Entries": {
                    "shape": "SendMessageBatchRequestEntryList"
                }
            },
            "required": [
                "QueueUrl",
                "Entries"
            ]
        },
        "SendMessageBatchRequestEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                },
                "MessageBody": {
                    "shape": "String"
                },
                "DelaySeconds": {
                    "shape": "NullableInteger"
                },
                "MessageAttributes": {
                    "shape": "MessageBodyAttributeMap",
                    "queryName": "MessageAttribute"
                },
                "MessageSystemAttributes": {
                    "shape": "MessageBodySystemAttributeMap",
                    "queryName": "MessageSystemAttribute"
                },
                "MessageDeduplicationId": {
                    "shape": "String"
                },
                "MessageGroupId": {
                    "shape": "String"
                }
            },
            "required": [
                "Id",
                "MessageBody"
            ]
        },
        "SendMessageBatchRequestEntryList": {
            "type": "list",
            "member": "SendMessageBatchRequestEntry",
            "flattened": true,
            "memberName": "SendMessageBatchRequestEntry"
        },
        "SendMessageBatchResult": {
            "type": "structure",
            "members": {
                "Successful": {
                    "shape": "SendMessageBatchResultEntryList"
                },
                "Failed": {
                    "shape": "BatchResultErrorEntryList"
                }
            },
            "required": [
                "Successful",
                "Failed"
            ]
        },
        "SendMessageBatchResultEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                },
                "MessageId": {
                    "shape": "String"
                },
                "MD5OfMessageBody": {
                    "shape": "String"
                },
                "MD5OfMessageAttributes": {
                    "shape": "String"
                },
                "MD5OfMessageSystemAttributes": {
                    "shape": "String"
                },
                "SequenceNumber": {
                    "shape": "String"
                }
            },
            "required": [
                "Id",
                "MessageId",
                "MD5OfMessageBody"
            ]
        },
        "SendMessageBatchResultEntryList": {
            "type": "list",
            "member": "SendMessageBatchResultEntry",
            "flattened": true,
            "memberName": "SendMessageBatchResultEntry"
        },
        "SendMessageRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "MessageBody": {
                    "shape": "String"
                },
                "DelaySeconds": {
                    "shape": "NullableInteger"
                },
                "MessageAttributes": {
                    "shape": "MessageBodyAttributeMap",
                    "queryName": "MessageAttribute"
                },
                "MessageSystemAttributes": {
                    "shape": "MessageBodySystemAttributeMap",
                    "queryName": "MessageSystemAttribute"
                },
                "MessageDeduplicationId": {
                    "shape": "String"
                },
                "MessageGroupId": {
                    "shape": "String"
                }
            },
            "required": [
                "QueueUrl",
                "MessageBody"
            ]
        },
        "SendMessageResult": {
            "type": "structure",
            "members": {
                "MD5OfMessageBody": {
                    "shape": "String"
                },
                "MD5OfMessageAttributes": {
                    "shape": "String"
                },
                "MD5OfMessageSystemAttributes": {
                    "shape": "String"
                },
                "MessageId": {
                    "shape": "String"
                },
                "SequenceNumber": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "SetQueueAttributesRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "Attributes": {
                    "shape": "QueueAttributeMap",
                    "queryName": "Attribute"
                }
            },
            "required": [
                "QueueUrl",
                "Attributes"
            ]
        },
        "StartMessageMoveTaskRequest": {
            "type": "structure",
            "members": {
                "SourceArn": {
                    "shape": "String"
                },
                "DestinationArn": {
                    "shape": "String"
                },
                "MaxNumberOfMessagesPerSecond": {
                    "shape": "NullableInteger"
                }
            },
            "required": [
                "SourceArn"
            ]
        },
        "StartMessageMoveTaskResult": {
            "type": "structure",
            "members": {
                "TaskHandle": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "String": {
            "type": "string"
        },
        "StringList": {
            "type": "list",
            "member": "String",
            "flattened": false,
            "memberName": "StringListValue"
        },
        "TagKey": {
            "type": "string"
        },
        "TagKeyList": {
            "type": "list",
            "member": "TagKey",
            "flattened": true,
            "memberName": "TagKey"
        },
        "TagMap": {
            "type": "map",
            "key": "TagKey",
            "value": "TagValue",
            "flattened": true,
            "keyName": "Key",
            "valueName": "Value"
        },
        "TagQueueRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "Tags": {
                    "shape": "TagMap",
                    "queryName": "Tag"
                }
            },
            "required": [
                "QueueUrl",
                "Tags"
            ]
        },
        "TagValue": {
            "type": "string"
        },
        "Token": {
            "type": "string"
        },
        "TooManyEntriesInBatchRequest": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "UnsupportedOperation": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "ExceptionMessage"
                }
            },
            "required": [],
            "exception": true
        },
        "UntagQueueRequest": {
            "type": "structure",
            "members": {
                "QueueUrl": {
                    "shape": "String"
                },
                "TagKeys": {
                    "shape": "TagKeyList"
                }
            },
            "required": [
                "QueueUrl",
                "TagKeys"
            ]
        }
    },
    "errors": {
        "BatchEntryIdsNotDistinct": {
            "queryCode": "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
            "httpStatus": 400,
            "senderFault": true
        },
        "BatchRequestTooLong": {
            "queryCode": "AWS.SimpleQueueService.BatchRequestTooLong",
            "httpStatus": 400,
            "senderFault": true
        },
        "EmptyBatchRequest": {
            "queryCode": "AWS.SimpleQueueService.EmptyBatchRequest",
            "httpStatus": 400,
            "senderFault": true
        },
        "InvalidAddress": {
            "queryCode": "InvalidAddress",
            "httpStatus": 400,
            "senderFault": false
        },
        "InvalidAttributeName": {
            "queryCode": "InvalidAttributeName",
            "httpStatus": 400,
            "senderFault": false
        },
        "InvalidAttributeValue": {
            "queryCode": "InvalidAttributeValue",
            "httpStatus": 400,
            "senderFault": false
        },
        "InvalidBatchEntryId": {
            "queryCode": "AWS.SimpleQueueService.InvalidBatchEntryId",
            "httpStatus": 400,
            "senderFault": true
        },
        "InvalidIdFormat": {
            "queryCode": "InvalidIdFormat",
            "httpStatus": 400,
            "senderFault": false
        },
        "InvalidMessageContents": {
            "queryCode": "InvalidMessageContents",
            "httpStatus": 400,
            "senderFault": false
        },
        "InvalidSecurity": {
            "queryCode": "InvalidSecurity",
            "httpStatus": 400,
            "senderFault": false
        },
        "KmsAccessDenied": {
            "queryCode": "KmsAccessDenied",
            "httpStatus": 400,
            "senderFault": false
        },
        "KmsDisabled": {
            "queryCode": "KmsDisabled",
            "httpStatus": 400,
            "senderFault": false
        },
        "KmsInvalidKeyUsage": {
            "queryCode": "KmsInvalidKeyUsage",
            "httpStatus": 400,
            "senderFault": false
        },
        "KmsInvalidState": {
            "queryCode": "KmsInvalidState",
            "httpStatus": 400,
            "senderFault": false
        },
        "KmsNotFound": {
            "queryCode": "KmsNotFound",
            "httpStatus": 400,
            "senderFault": false
        },
        "KmsOptInRequired": {
            "queryCode": "KmsOptInRequired",
            "httpStatus": 400,
            "senderFault": false
        },
        "KmsThrottled": {
            "queryCode": "KmsThrottled",
            "httpStatus": 400,
            "senderFault": false
        },
        "MessageNotInflight": {
            "queryCode": "AWS.SimpleQueueService.MessageNotInflight",
            "httpStatus": 400,
            "senderFault": true
        },
        "OverLimit": {
            "queryCode": "OverLimit",
            "httpStatus": 403,
            "senderFault": true
        },
        "PurgeQueueInProgress": {
            "queryCode": "AWS.SimpleQueueService.PurgeQueueInProgress",
            "httpStatus": 403,
            "senderFault": true
        },
        "QueueDeletedRecently": {
            "queryCode": "AWS.SimpleQueueService.QueueDeletedRecently",
            "httpStatus": 400,
            "senderFault": true
        },
        "QueueDoesNotExist": {
            "queryCode": "AWS.SimpleQueueService.NonExistentQueue",
            "httpStatus": 400,
            "senderFault": true
        },
        "QueueNameExists": {
            "queryCode": "QueueAlreadyExists",
            "httpStatus": 400,
            "senderFault": true
        },
        "ReceiptHandleIsInvalid": {
            "queryCode": "ReceiptHandleIsInvalid",
            "httpStatus": 400,
            "senderFault": false
        },
        "RequestThrottled": {
            "queryCode": "RequestThrottled",
            "httpStatus": 400,
            "senderFault": false
        },
        "ResourceNotFoundException": {
            "queryCode": "ResourceNotFoundException",
            "httpStatus": 404,
            "senderFault": true
        },
        "TooManyEntriesInBatchRequest": {
            "queryCode": "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
            "httpStatus": 400,
            "senderFault": true
        },
        "UnsupportedOperation": {
            "queryCode": "AWS.SimpleQueueService.UnsupportedOperation",
            "httpStatus": 400,
            "senderFault": true
        }
    },
    "targetPrefix": "AmazonSQS",
    "jsonErrorNamespace": "com.amazonaws.sqs"
};
export const SNS_MODEL = {
    "xmlNamespace": "http://sns.amazonaws.com/doc/2010-03-31/",
    "apiVersion": "2010-03-31",
    "operations": {
        "AddPermission": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException"
            ],
            "input": "AddPermissionInput"
        },
        "CheckIfPhoneNumberIsOptedOut": {
            "errors": [
                "ThrottledException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "InvalidParameterException"
            ],
            "input": "CheckIfPhoneNumberIsOptedOutInput",
            "output": "CheckIfPhoneNumberIsOptedOutResponse",
            "resultWrapper": "CheckIfPhoneNumberIsOptedOutResult"
        },
        "ConfirmSubscription": {
            "errors": [
                "SubscriptionLimitExceededException",
                "InvalidParameterException",
                "NotFoundException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "FilterPolicyLimitExceededException",
                "ReplayLimitExceededException"
            ],
            "input": "ConfirmSubscriptionInput",
            "output": "ConfirmSubscriptionResponse",
            "resultWrapper": "ConfirmSubscriptionResult"
        },
        "CreatePlatformApplication": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException"
            ],
            "input": "CreatePlatformApplicationInput",
            "output": "CreatePlatformApplicationResponse",
            "resultWrapper": "CreatePlatformApplicationResult"
        },
        "CreatePlatformEndpoint": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException"
            ],
            "input": "CreatePlatformEndpointInput",
            "output": "CreateEndpointResponse",
            "resultWrapper": "CreatePlatformEndpointResult"
        },
        "CreateSMSSandboxPhoneNumber": {
            "errors": [
                "AuthorizationErrorException",
                "InternalErrorException",
                "InvalidParameterException",
                "OptedOutException",
                "UserErrorException",
                "ThrottledException"
            ],
            "input": "CreateSMSSandboxPhoneNumberInput",
            "output": "CreateSMSSandboxPhoneNumberResult",
            "resultWrapper": "CreateSMSSandboxPhoneNumberResult"
        },
        "CreateTopic": {
            "errors": [
                "InvalidParameterException",
                "TopicLimitExceededException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "InvalidSecurityException",
                "TagLimitExceededException",
                "StaleTagException",
                "TagPolicyException",
                "ConcurrentAccessException"
            ],
            "input": "CreateTopicInput",
            "output": "CreateTopicResponse",
            "resultWrapper": "CreateTopicResult"
        },
        "DeleteEndpoint": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException"
            ],
            "input": "DeleteEndpointInput"
        },
        "DeletePlatformApplication": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException"
            ],
            "input": "DeletePlatformApplicationInput"
        },
        "DeleteSMSSandboxPhoneNumber": {
            "errors": [
                "AuthorizationErrorException",
                "InternalErrorException",
                "InvalidParameterException",
                "ResourceNotFoundException",
                "UserErrorException",
                "ThrottledException"
            ],
            "input": "DeleteSMSSandboxPhoneNumberInput",
            "output": "DeleteSMSSandboxPhoneNumberResult",
            "resultWrapper": "DeleteSMSSandboxPhoneNumberResult"
        },
        "DeleteTopic": {
            "errors": [
                "InvalidParameterException",
                "InvalidStateException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException",
                "StaleTagException",
                "TagPolicyException",
                "ConcurrentAccessException"
            ],
            "input": "DeleteTopicInput"
        },
        "GetDataProtectionPolicy": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "NotFoundException",
                "AuthorizationErrorException",
                "InvalidSecurityException"
            ],
            "input": "GetDataProtectionPolicyInput",
            "output": "GetDataProtectionPolicyResponse",
            "resultWrapper": "GetDataProtectionPolicyResult"
        },
        "GetEndpointAttributes": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException"
            ],
            "input": "GetEndpointAttributesInput",
            "output": "GetEndpointAttributesResponse",
            "resultWrapper": "GetEndpointAttributesResult"
        },
        "GetPlatformApplicationAttributes": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException"
            ],
            "input": "GetPlatformApplicationAttributesInput",
            "output": "GetPlatformApplicationAttributesResponse",
            "resultWrapper": "GetPlatformApplicationAttributesResult"
        },
        "GetSMSAttributes": {
            "errors": [
                "ThrottledException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "InvalidParameterException"
            ],
            "input": "GetSMSAttributesInput",
            "output": "GetSMSAttributesResponse",
            "resultWrapper": "GetSMSAttributesResult"
        },
        "GetSMSSandboxAccountStatus": {
            "errors": [
                "AuthorizationErrorException",
                "InternalErrorException",
                "ThrottledException"
            ],
            "input": "GetSMSSandboxAccountStatusInput",
            "output": "GetSMSSandboxAccountStatusResult",
            "resultWrapper": "GetSMSSandboxAccountStatusResult"
        },
        "GetSubscriptionAttributes": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "NotFoundException",
                "AuthorizationErrorException"
            ],
            "input": "GetSubscriptionAttributesInput",
            "output": "GetSubscriptionAttributesResponse",
            "resultWrapper": "GetSubscriptionAttributesResult"
        },
        "GetTopicAttributes": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "NotFoundException",
                "AuthorizationErrorException",
                "InvalidSecurityException"
            ],
            "input": "GetTopicAttributesInput",
            "output": "GetTopicAttributesResponse",
            "resultWrapper": "GetTopicAttributesResult"
        },
        "ListEndpointsByPlatformApplication": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException"
            ],
            "input": "ListEndpointsByPlatformApplicationInput",
            "output": "ListEndpointsByPlatformApplicationResponse",
            "resultWrapper": "ListEndpointsByPlatformApplicationResult"
        },
        "ListOriginationNumbers": {
            "errors": [
                "InternalErrorException",
                "AuthorizationErrorException",
                "ThrottledException",
                "InvalidParameterException",
                "ValidationException"
            ],
            "input": "ListOriginationNumbersRequest",
            "output": "ListOriginationNumbersResult",
            "resultWrapper": "ListOriginationNumbersResult"
        },
        "ListPhoneNumbersOptedOut": {
            "errors": [
                "ThrottledException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "InvalidParameterException"
            ],
            "input": "ListPhoneNumbersOptedOutInput",
            "output": "ListPhoneNumbersOptedOutResponse",
            "resultWrapper": "ListPhoneNumbersOptedOutResult"
        },
        "ListPlatformApplications": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException"
            ],
            "input": "ListPlatformApplicationsInput",
            "output": "ListPlatformApplicationsResponse",
            "resultWrapper": "ListPlatformApplicationsResult"
        },
        "ListSMSSandboxPhoneNumbers": {
            "errors": [
                "AuthorizationErrorException",
                "InternalErrorException",
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ThrottledException"
            ],
            "input": "ListSMSSandboxPhoneNumbersInput",
            "output": "ListSMSSandboxPhoneNumbersResult",
            "resultWrapper": "ListSMSSandboxPhoneNumbersResult"
        },
        "ListSubscriptions": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException"
            ],
            "input": "ListSubscriptionsInput",
            "output": "ListSubscriptionsResponse",
            "resultWrapper": "ListSubscriptionsResult"
        },
        "ListSubscriptionsByTopic": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "NotFoundException",
                "AuthorizationErrorException"
            ],
            "input": "ListSubscriptionsByTopicInput",
            "output": "ListSubscriptionsByTopicResponse",
            "resultWrapper": "ListSubscriptionsByTopicResult"
        },
        "ListTagsForResource": {
            "errors": [
                "ResourceNotFoundException",
                "TagPolicyException",
                "InvalidParameterException",
                "AuthorizationErrorException",
                "ConcurrentAccessException"
            ],
            "input": "ListTagsForResourceRequest",
            "output": "ListTagsForResourceResponse",
            "resultWrapper": "ListTagsForResourceResult"
        },
        "ListTopics": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException"
            ],
            "input": "ListTopicsInput",
            "output": "ListTopicsResponse",
            "resultWrapper": "ListTopicsResult"
        },
        "OptInPhoneNumber": {
            "errors": [
                "ThrottledException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "InvalidParameterException"
            ],
            "input": "OptInPhoneNumberInput",
            "output": "OptInPhoneNumberResponse",
            "resultWrapper": "OptInPhoneNumberResult"
        },
        "Publish": {
            "errors": [
                "InvalidParameterException",
                "InvalidParameterValueException",
                "InternalErrorException",
                "NotFoundException",
                "EndpointDisabledException",
                "PlatformApplicationDisabledException",
                "AuthorizationErrorException",
                "KMSDisabledException",
                "KMSInvalidStateException",
                "KMSNotFoundException",
                "KMSOptInRequired",
                "KMSThrottlingException",
                "KMSAccessDeniedException",
                "InvalidSecurityException",
                "ValidationException"
            ],
            "input": "PublishInput",
            "output": "PublishResponse",
            "resultWrapper": "PublishResult"
        },
        "PublishBatch": {
            "errors": [
                "InvalidParameterException",
                "InvalidParameterValueException",
                "InternalErrorException",
                "NotFoundException",
                "EndpointDisabledException",
                "PlatformApplicationDisabledException",
                "AuthorizationErrorException",
                "BatchEntryIdsNotDistinctException",
                "BatchRequestTooLongException",
                "EmptyBatchRequestException",
                "InvalidBatchEntryIdException",
                "TooManyEntriesInBatchRequestException",
                "KMSDisabledException",
                "KMSInvalidStateException",
                "KMSNotFoundException",
                "KMSOptInRequired",
                "KMSThrottlingException",
                "KMSAccessDeniedException",
                "InvalidSecurityException",
                "ValidationException"
            ],
            "input": "PublishBatchInput",
            "output": "PublishBatchResponse",
            "resultWrapper": "PublishBatchResult"
        },
        "PutDataProtectionPolicy": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "NotFoundException",
                "AuthorizationErrorException",
                "InvalidSecurityException"
            ],
            "input": "PutDataProtectionPolicyInput"
        },
        "RemovePermission": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException"
            ],
            "input": "RemovePermissionInput"
        },
        "SetEndpointAttributes": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException"
            ],
            "input": "SetEndpointAttributesInput"
        },
        "SetPlatformApplicationAttributes": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException"
            ],
            "input": "SetPlatformApplicationAttributesInput"
        },
        "SetSMSAttributes": {
            "errors": [
                "InvalidParameterException",
                "ThrottledException",
                "InternalErrorException",
                "AuthorizationErrorException"
            ],
            "input": "SetSMSAttributesInput",
            "output": "SetSMSAttributesResponse",
            "resultWrapper": "SetSMSAttributesResult"
        },
        "SetSubscriptionAttributes": {
            "errors": [
                "InvalidParameterException",
                "FilterPolicyLimitExceededException",
                "ReplayLimitExceededException",
                "InternalErrorException",
                "NotFoundException",
                "AuthorizationErrorException"
            ],
            "input": "SetSubscriptionAttributesInput"
        },
        "SetTopicAttributes": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "NotFoundException",
                "AuthorizationErrorException",
                "InvalidSecurityException"
            ],
            "input": "SetTopicAttributesInput"
        },
        "Subscribe": {
            "errors": [
                "SubscriptionLimitExceededException",
                "FilterPolicyLimitExceededException",
                "ReplayLimitExceededException",
                "InvalidParameterException",
                "InternalErrorException",
                "NotFoundException",
                "AuthorizationErrorException",
                "InvalidSecurityException"
            ],
            "input": "SubscribeInput",
            "output": "SubscribeResponse",
            "resultWrapper": "SubscribeResult"
        },
        "TagResource": {
            "errors": [
                "ResourceNotFoundException",
                "TagLimitExceededException",
                "StaleTagException",
                "TagPolicyException",
                "InvalidParameterException",
                "AuthorizationErrorException",
                "ConcurrentAccessException"
            ],
            "input": "TagResourceRequest",
            "output": "TagResourceResponse",
            "resultWrapper": "TagResourceResult"
        },
        "Unsubscribe": {
            "errors": [
                "InvalidParameterException",
                "InternalErrorException",
                "AuthorizationErrorException",
                "NotFoundException",
                "InvalidSecurityException"
            ],
            "input": "UnsubscribeInput"
        },
        "UntagResource": {
            "errors": [
                "ResourceNotFoundException",
                "TagLimitExceededException",
                "StaleTagException",
                "TagPolicyException",
                "InvalidParameterException",
                "AuthorizationErrorException",
                "ConcurrentAccessException"
            ],
            "input": "UntagResourceRequest",
            "output": "UntagResourceResponse",
            "resultWrapper": "UntagResourceResult"
        },
        "VerifySMSSandboxPhoneNumber": {
            "errors": [
                "AuthorizationErrorException",
                "InternalErrorException",
                "InvalidParameterException",
                "ResourceNotFoundException",
                "VerificationException",
                "ThrottledException"
            ],
            "input": "VerifySMSSandboxPhoneNumberInput",
            "output": "VerifySMSSandboxPhoneNumberResult",
            "resultWrapper": "VerifySMSSandboxPhoneNumberResult"
        }
    },
    "shapes": {
        "ActionsList": {
            "type": "list",
            "member": "action",
            "flattened": false
        },
        "AddPermissionInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                },
                "Label": {
                    "shape": "label"
                },
                "AWSAccountId": {
                    "shape": "DelegatesList"
                },
                "ActionName": {
                    "shape": "ActionsList"
                }
            },
            "required": [
                "TopicArn",
                "Label",
                "AWSAccountId",
                "ActionName"
            ]
        },
        "AmazonResourceName": {
            "type": "string"
        },
        "AuthorizationErrorException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "BatchEntryIdsNotDistinctException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "BatchRequestTooLongException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "BatchResultErrorEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                },
                "Code": {
                    "shape": "String"
                },
                "Message": {
                    "shape": "String"
                },
                "SenderFault": {
                    "shape": "boolean"
                }
            },
            "required": [
                "Id",
                "Code",
                "SenderFault"
            ]
        },
        "BatchResultErrorEntryList": {
            "type": "list",
            "member": "BatchResultErrorEntry",
            "flattened": false
        },
        "Binary": {
            "type": "blob"
        },
        "CheckIfPhoneNumberIsOptedOutInput": {
            "type": "structure",
            "members": {
                "phoneNumber": {
                    "shape": "PhoneNumber"
                }
            },
            "required": [
                "phoneNumber"
            ]
        },
        "CheckIfPhoneNumberIsOptedOutResponse": {
            "type": "structure",
            "members": {
                "isOptedOut": {
                    "shape": "boolean"
                }
            },
            "required": []
        },
        "ConcurrentAccessException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "ConfirmSubscriptionInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                },
                "Token": {
                    "shape": "token"
                },
                "AuthenticateOnUnsubscribe": {
                    "shape": "authenticateOnUnsubscribe"
                }
            },
            "required": [
                "TopicArn",
                "Token"
            ]
        },
        "ConfirmSubscriptionResponse": {
            "type": "structure",
            "members": {
                "SubscriptionArn": {
                    "shape": "subscriptionARN"
                }
            },
            "required": []
        },
        "CreateEndpointResponse": {
            "type": "structure",
            "members": {
                "EndpointArn": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "CreatePlatformApplicationInput": {
            "type": "structure",
            "members": {
                "Name": {
                    "shape": "String"
                },
                "Platform": {
                    "shape": "String"
                },
                "Attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": [
                "Name",
                "Platform",
                "Attributes"
            ]
        },
        "CreatePlatformApplicationResponse": {
            "type": "structure",
            "members": {
                "PlatformApplicationArn": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "CreatePlatformEndpointInput": {
            "type": "structure",
            "members": {
                "PlatformApplicationArn": {
                    "shape": "String"
                },
                "Token": {
                    "shape": "String"
                },
                "CustomUserData": {
                    "shape": "String"
                },
                "Attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": [
                "PlatformApplicationArn",
                "Token"
            ]
        },
        "CreateSMSSandboxPhoneNumberInput": {
            "type": "structure",
            "members": {
                "PhoneNumber": {
                    "shape": "PhoneNumberString"
                },
                "LanguageCode": {
                    "shape": "LanguageCodeString"
                }
            },
            "required": [
                "PhoneNumber"
            ]
        },
        "CreateSMSSandboxPhoneNumberResult": {
            "type": "structure",
            "members": {},
            "required": []
        },
        "CreateTopicInput": {
            "type": "structure",
            "members": {
                "Name": {
                    "shape": "topicName"
                },
                "Attributes": {
                    "shape": "TopicAttributesMap"
                },
                "Tags": {
                    "shape": "TagList"
                },
                "DataProtectionPolicy": {
                    "shape": "attributeValue"
                }
            },
            "required": [
                "Name"
            ]
        },
        "CreateTopicResponse": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                }
            },
            "required": []
        },
        "DelegatesList": {
            "type": "list",
            "member": "delegate",
            "flattened": false
        },
        "DeleteEndpointInput": {
            "type": "structure",
            "members": {
                "EndpointArn": {
                    "shape": "String"
                }
            },
            "required": [
                "EndpointArn"
            ]
        },
        "DeletePlatformApplicationInput": {
            "type": "structure",
            "members": {
                "PlatformApplicationArn": {
                    "shape": "String"
                }
            },
            "required": [
                "PlatformApplicationArn"
            ]
        },
        "DeleteSMSSandboxPhoneNumberInput": {
            "type": "structure",
            "members": {
                "PhoneNumber": {
                    "shape": "PhoneNumberString"
                }
            },
            "required": [
                "PhoneNumber"
            ]
        },
        "DeleteSMSSandboxPhoneNumberResult": {
            "type": "structure",
            "members": {},
            "required": []
        },
        "DeleteTopicInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                }
            },
            "required": [
                "TopicArn"
            ]
        },
        "EmptyBatchRequestException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "Endpoint": {
            "type": "structure",
            "members": {
                "EndpointArn": {
                    "shape": "String"
                },
                "Attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": []
        },
        "EndpointDisabledException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "FilterPolicyLimitExceededException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "GetDataProtectionPolicyInput": {
            "type": "structure",
            "members": {
                "ResourceArn": {
                    "shape": "topicARN"
                }
            },
            "required": [
                "ResourceArn"
            ]
        },
        "GetDataProtectionPolicyResponse": {
            "type": "structure",
            "members": {
                "DataProtectionPolicy": {
                    "shape": "attributeValue"
                }
            },
            "required": []
        },
        "GetEndpointAttributesInput": {
            "type": "structure",
            "members": {
                "EndpointArn": {
                    "shape": "String"
                }
            },
            "required": [
                "EndpointArn"
            ]
        },
        "GetEndpointAttributesResponse": {
            "type": "structure",
            "members": {
                "Attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": []
        },
        "GetPlatformApplicationAttributesInput": {
            "type": "structure",
            "members": {
                "PlatformApplicationArn": {
                    "shape": "String"
                }
            },
            "required": [
                "PlatformApplicationArn"
            ]
        },
        "GetPlatformApplicationAttributesResponse": {
            "type": "structure",
            "members": {
                "Attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": []
        },
        "GetSMSAttributesInput": {
            "type": "structure",
            "members": {
                "attributes": {
                    "shape": "ListString"
                }
            },
            "required": []
        },
        "GetSMSAttributesResponse": {
            "type": "structure",
            "members": {
                "attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": []
        },
        "GetSMSSandboxAccountStatusInput": {
            "type": "structure",
            "members": {},
            "required": []
        },
        "GetSMSSandboxAccountStatusResult": {
            "type": "structure",
            "members": {
                "IsInSandbox": {
                    "shape": "boolean"
                }
            },
            "required": [
                "IsInSandbox"
            ]
        },
        "GetSubscriptionAttributesInput": {
            "type": "structure",
            "members": {
                "SubscriptionArn": {
                    "shape": "subscriptionARN"
                }
            },
            "required": [
                "SubscriptionArn"
            ]
        },
        "GetSubscriptionAttributesResponse": {
            "type": "structure",
            "members": {
                "Attributes": {
                    "shape": "SubscriptionAttributesMap"
                }
            },
            "required": []
        },
        "GetTopicAttributesInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                }
            },
            "required": [
                "TopicArn"
            ]
        },
        "GetTopicAttributesResponse": {
            "type": "structure",
            "members": {
                "Attributes": {
                    "shape": "TopicAttributesMap"
                }
            },
            "required": []
        },
        "InternalErrorException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidBatchEntryIdException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidParameterException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidParameterValueException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidSecurityException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "InvalidStateException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "Iso2CountryCode": {
            "type": "string"
        },
        "KMSAccessDeniedException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "KMSDisabledException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "KMSInvalidStateException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "KMSNotFoundException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "KMSOptInRequired": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "KMSThrottlingException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "LanguageCodeString": {
            "type": "string",
            "enum": [
                "en-US",
                "en-GB",
                "es-419",
                "es-ES",
                "de-DE",
                "fr-CA",
                "fr-FR",
                "it-IT",
                "ja-JP",
                "pt-BR",
                "kr-KR",
                "zh-CN",
                "zh-TW"
            ]
        },
        "ListEndpointsByPlatformApplicationInput": {
            "type": "structure",
            "members": {
                "PlatformApplicationArn": {
                    "shape": "String"
                },
                "NextToken": {
                    "shape": "String"
                }
            },
            "required": [
                "PlatformApplicationArn"
            ]
        },
        "ListEndpointsByPlatformApplicationResponse": {
            "type": "structure",
            "members": {
                "Endpoints": {
                    "shape": "ListOfEndpoints"
                },
                "NextToken": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "ListOfEndpoints": {
            "type": "list",
            "member": "Endpoint",
            "flattened": false
        },
        "ListOfPlatformApplications": {
            "type": "list",
            "member": "PlatformApplication",
            "flattened": false
        },
        "ListOriginationNumbersRequest": {
            "type": "structure",
            "members": {
                "NextToken": {
                    "shape": "nextToken"
                },
                "MaxResults": {
                    "shape": "MaxItemsListOriginationNumbers"
                }
            },
            "required": []
        },
        "ListOriginationNumbersResult": {
            "type": "structure",
            "members": {
                "NextToken": {
                    "shape": "nextToken"
                },
                "PhoneNumbers": {
                    "shape": "PhoneNumberInformationList"
                }
            },
            "required": []
        },
        "ListPhoneNumbersOptedOutInput": {
            "type": "structure",
            "members": {
                "nextToken": {
                    "shape": "string"
                }
            },
            "required": []
        },
        "ListPhoneNumbersOptedOutResponse": {
            "type": "structure",
            "members": {
                "phoneNumbers": {
                    "shape": "PhoneNumberList"
                },
                "nextToken": {
                    "shape": "string"
                }
            },
            "required": []
        },
        "ListPlatformApplicationsInput": {
            "type": "structure",
            "members": {
                "NextToken": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "ListPlatformApplicationsResponse": {
            "type": "structure",
            "members": {
                "PlatformApplications": {
                    "shape": "ListOfPlatformApplications"
                },
                "NextToken": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "ListSMSSandboxPhoneNumbersInput": {
            "type": "structure",
            "members": {
                "NextToken": {
                    "shape": "nextToken"
                },
                "MaxResults": {
                    "shape": "MaxItems"
                }
            },
            "required": []
        },
        "ListSMSSandboxPhoneNumbersResult": {
            "type": "structure",
            "members": {
                "PhoneNumbers": {
                    "shape": "SMSSandboxPhoneNumberList"
                },
                "NextToken": {
                    "shape": "string"
                }
            },
            "required": [
                "PhoneNumbers"
            ]
        },
        "ListString": {
            "type": "list",
            "member": "String",
            "flattened": false
        },
        "ListSubscriptionsByTopicInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                },
                "NextToken": {
                    "shape": "nextToken"
                }
            },
            "required": [
                "TopicArn"
            ]
        },
        "ListSubscriptionsByTopicResponse": {
            "type": "structure",
            "members": {
                "Subscriptions": {
                    "shape": "SubscriptionsList"
                },
                "NextToken": {
                    "shape": "nextToken"
                }
            },
            "required": []
        },
        "ListSubscriptionsInput": {
            "type": "structure",
            "members": {
                "NextToken": {
                    "shape": "nextToken"
                }
            },
            "required": []
        },
        "ListSubscriptionsResponse": {
            "type": "structure",
            "members": {
                "Subscriptions": {
                    "shape": "SubscriptionsList"
                },
                "NextToken": {
                    "shape": "nextToken"
                }
            },
            "required": []
        },
        "ListTagsForResourceRequest": {
            "type": "structure",
            "members": {
                "ResourceArn": {
                    "shape": "AmazonResourceName"
                }
            },
            "required": [
                "ResourceArn"
            ]
        },
        "ListTagsForResourceResponse": {
            "type": "structure",
            "members": {
                "Tags": {
                    "shape": "TagList"
                }
            },
            "required": []
        },
        "ListTopicsInput": {
            "type": "structure",
            "members": {
                "NextToken": {
                    "shape": "nextToken"
                }
            },
            "required": []
        },
        "ListTopicsResponse": {
            "type": "structure",
            "members": {
                "Topics": {
                    "shape": "TopicsList"
                },
                "NextToken": {
                    "shape": "nextToken"
                }
            },
            "required": []
        },
        "MapStringToString": {
            "type": "map",
            "key": "String",
            "value": "String",
            "flattened": false
        },
        "MaxItems": {
            "type": "integer"
        },
        "MaxItemsListOriginationNumbers": {
            "type": "integer"
        },
        "MessageAttributeMap": {
            "type": "map",
            "key": "String",
            "value": "MessageAttributeValue",
            "flattened": false,
            "keyName": "Name",
            "valueName": "Value"
        },
        "MessageAttributeValue": {
            "type": "structure",
            "members": {
                "DataType": {
                    "shape": "String"
                },
                "StringValue": {
                    "shape": "String"
                },
                "BinaryValue": {
                    "shape": "Binary"
                }
            },
            "required": [
                "DataType"
            ]
        },
        "NotFoundException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "NumberCapability": {
            "type": "string",
            "enum": [
                "SMS",
                "MMS",
                "VOICE"
            ]
        },
        "NumberCapabilityList": {
            "type": "list",
            "member": "NumberCapability",
            "flattened": false
        },
        "OTPCode": {
            "type": "string"
        },
        "OptInPhoneNumberInput": {
            "type": "structure",
            "members": {
                "phoneNumber": {
                    "shape": "PhoneNumber"
                }
            },
            "required": [
                "phoneNumber"
            ]
        },
        "OptInPhoneNumberResponse": {
            "type": "structure",
            "members": {},
            "required": []
        },
        "OptedOutException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "PhoneNumber": {
            "type": "string"
        },
        "PhoneNumberInformation": {
            "type": "structure",
            "members": {
                "CreatedAt": {
                    "shape": "Timestamp"
                },
                "PhoneNumber": {
                    "shape": "PhoneNumber"
                },
                "Status": {
                    "shape": "String"
                },
                "Iso2CountryCode": {
                    "shape": "Iso2CountryCode"
                },
                "RouteType": {
                    "shape": "RouteType"
                },
                "NumberCapabilities": {
                    "shape": "NumberCapabilityList"
                }
            },
            "required": []
        },
        "PhoneNumberInformationList": {
            "type": "list",
            "member": "PhoneNumberInformation",
            "flattened": false
        },
        "PhoneNumberList": {
            "type": "list",
            "member": "PhoneNumber",
            "flattened": false
        },
        "PhoneNumberString": {
            "type": "string"
        },
        "PlatformApplication": {
            "type": "structure",
            "members": {
                "PlatformApplicationArn": {
                    "shape": "String"
                },
                "Attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": []
        },
        "PlatformApplicationDisabledException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "PublishBatchInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                },
                "PublishBatchRequestEntries": {
                    "shape": "PublishBatchRequestEntryList"
                }
            },
            "required": [
                "TopicArn",
                "PublishBatchRequestEntries"
            ]
        },
        "PublishBatchRequestEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                },
                "Message": {
                    "shape": "message"
                },
                "Subject": {
                    "shape": "subject"
                },
                "MessageStructure": {
                    "shape": "messageStructure"
                },
                "MessageAttributes": {
                    "shape": "MessageAttributeMap"
                },
                "MessageDeduplicationId": {
                    "shape": "String"
                },
                "MessageGroupId": {
                    "shape": "String"
                }
            },
            "required": [
                "Id",
                "Message"
            ]
        },
        "PublishBatchRequestEntryList": {
            "type": "list",
            "member": "PublishBatchRequestEntry",
            "flattened": false
        },
        "PublishBatchResponse": {
            "type": "structure",
            "members": {
                "Successful": {
                    "shape": "PublishBatchResultEntryList"
                },
                "Failed": {
                    "shape": "BatchResultErrorEntryList"
                }
            },
            "required": []
        },
        "PublishBatchResultEntry": {
            "type": "structure",
            "members": {
                "Id": {
                    "shape": "String"
                },
                "MessageId": {
                    "shape": "messageId"
                },
                "SequenceNumber": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "PublishBatchResultEntryList": {
            "type": "list",
            "member": "PublishBatchResultEntry",
            "flattened": false
        },
        "PublishInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                },
                "TargetArn": {
                    "shape": "String"
                },
                "PhoneNumber": {
                    "shape": "PhoneNumber"
                },
                "Message": {
                    "shape": "message"
                },
                "Subject": {
                    "shape": "subject"
                },
                "MessageStructure": {
                    "shape": "messageStructure"
                },
                "MessageAttributes": {
                    "shape": "MessageAttributeMap"
                },
                "MessageDeduplicationId": {
                    "shape": "String"
                },
                "MessageGroupId": {
                    "shape": "String"
                }
            },
            "required": [
                "Message"
            ]
        },
        "PublishResponse": {
            "type": "structure",
            "members": {
                "MessageId": {
                    "shape": "messageId"
                },
                "SequenceNumber": {
                    "shape": "String"
                }
            },
            "required": []
        },
        "PutDataProtectionPolicyInput": {
            "type": "structure",
            "members": {
                "ResourceArn": {
                    "shape": "topicARN"
                },
                "DataProtectionPolicy": {
                    "shape": "attributeValue"
                }
            },
            "required": [
                "ResourceArn",
                "DataProtectionPolicy"
            ]
        },
        "RemovePermissionInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                },
                "Label": {
                    "shape": "label"
                }
            },
            "required": [
                "TopicArn",
                "Label"
            ]
        },
        "ReplayLimitExceededException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "ResourceNotFoundException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "RouteType": {
            "type": "string",
            "enum": [
                "Transactional",
                "Promotional",
                "Premium"
            ]
        },
        "SMSSandboxPhoneNumber": {
            "type": "structure",
            "members": {
                "PhoneNumber": {
                    "shape": "PhoneNumberString"
                },
                "Status": {
                    "shape": "SMSSandboxPhoneNumberVerificationStatus"
                }
            },
            "required": []
        },
        "SMSSandboxPhoneNumberList": {
            "type": "list",
            "member": "SMSSandboxPhoneNumber",
            "flattened": false
        },
        "SMSSandboxPhoneNumberVerificationStatus": {
            "type": "string",
            "enum": [
                "Pending",
                "Verified"
            ]
        },
        "SetEndpointAttributesInput": {
            "type": "structure",
            "members": {
                "EndpointArn": {
                    "shape": "String"
                },
                "Attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": [
                "EndpointArn",
                "Attributes"
            ]
        },
        "SetPlatformApplicationAttributesInput": {
            "type": "structure",
            "members": {
                "PlatformApplicationArn": {
                    "shape": "String"
                },
                "Attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": [
                "PlatformApplicationArn",
                "Attributes"
            ]
        },
        "SetSMSAttributesInput": {
            "type": "structure",
            "members": {
                "attributes": {
                    "shape": "MapStringToString"
                }
            },
            "required": [
                "attributes"
            ]
        },
        "SetSMSAttributesResponse": {
            "type": "structure",
            "members": {},
            "required": []
        },
        "SetSubscriptionAttributesInput": {
            "type": "structure",
            "members": {
                "SubscriptionArn": {
                    "shape": "subscriptionARN"
                },
                "AttributeName": {
                    "shape": "attributeName"
                },
                "AttributeValue": {
                    "shape": "attributeValue"
                }
            },
            "required": [
                "SubscriptionArn",
                "AttributeName"
            ]
        },
        "SetTopicAttributesInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                },
                "AttributeName": {
                    "shape": "attributeName"
                },
                "AttributeValue": {
                    "shape": "attributeValue"
                }
            },
            "required": [
                "TopicArn",
                "AttributeName"
            ]
        },
        "StaleTagException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "String": {
            "type": "string"
        },
        "SubscribeInput": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                },
                "Protocol": {
                    "shape": "protocol"
                },
                "Endpoint": {
                    "shape": "endpoint"
                },
                "Attributes": {
                    "shape": "SubscriptionAttributesMap"
                },
                "ReturnSubscriptionArn": {
                    "shape": "boolean"
                }
            },
            "required": [
                "TopicArn",
                "Protocol"
            ]
        },
        "SubscribeResponse": {
            "type": "structure",
            "members": {
                "SubscriptionArn": {
                    "shape": "subscriptionARN"
                }
            },
            "required": []
        },
        "Subscription": {
            "type": "structure",
            "members": {
                "SubscriptionArn": {
                    "shape": "subscriptionARN"
                },
                "Owner": {
                    "shape": "account"
                },
                "Protocol": {
                    "shape": "protocol"
                },
                "Endpoint": {
                    "shape": "endpoint"
                },
                "TopicArn": {
                    "shape": "topicARN"
                }
            },
            "required": []
        },
        "SubscriptionAttributesMap": {
            "type": "map",
            "key": "attributeName",
            "value": "attributeValue",
            "flattened": false
        },
        "SubscriptionLimitExceededException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "SubscriptionsList": {
            "type": "list",
            "member": "Subscription",
            "flattened": false
        },
        "Tag": {
            "type": "structure",
            "members": {
                "Key": {
                    "shape": "TagKey"
                },
                "Value": {
                    "shape": "TagValue"
                }
            },
            "required": [
                "Key",
                "Value"
            ]
        },
        "TagKey": {
            "type": "string"
        },
        "TagKeyList": {
            "type": "list",
            "member": "TagKey",
            "flattened": false
        },
        "TagLimitExceededException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "TagList": {
            "type": "list",
            "member": "Tag",
            "flattened": false
        },
        "TagPolicyException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "TagResourceRequest": {
            "type": "structure",
            "members": {
                "ResourceArn": {
                    "shape": "AmazonResourceName"
                },
                "Tags": {
                    "shape": "TagList"
                }
            },
            "required": [
                "ResourceArn",
                "Tags"
            ]
        },
        "TagResourceResponse": {
            "type": "structure",
            "members": {},
            "required": []
        },
        "TagValue": {
            "type": "string"
        },
        "ThrottledException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "Timestamp": {
            "type": "timestamp"
        },
        "TooManyEntriesInBatchRequestException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "Topic": {
            "type": "structure",
            "members": {
                "TopicArn": {
                    "shape": "topicARN"
                }
            },
            "required": []
        },
        "TopicAttributesMap": {
            "type": "map",
            "key": "attributeName",
            "value": "attributeValue",
            "flattened": false
        },
        "TopicLimitExceededException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "TopicsList": {
            "type": "list",
            "member": "Topic",
            "flattened": false
        },
        "UnsubscribeInput": {
            "type": "structure",
            "members": {
                "SubscriptionArn": {
                    "shape": "subscriptionARN"
                }
            },
            "required": [
                "SubscriptionArn"
            ]
        },
        "UntagResourceRequest": {
            "type": "structure",
            "members": {
                "ResourceArn": {
                    "shape": "AmazonResourceName"
                },
                "TagKeys": {
                    "shape": "TagKeyList"
                }
            },
            "required": [
                "ResourceArn",
                "TagKeys"
            ]
        },
        "UntagResourceResponse": {
            "type": "structure",
            "members": {},
            "required": []
        },
        "UserErrorException": {
            "type": "structure",
            "members": {
                "message": {
                    "shape": "string"
                }
            },
            "required": [],
            "exception": true
        },
        "ValidationException": {
            "type": "structure",
            "members": {
                "Message": {
                    "shape": "string"
                }
            },
            "required": [
                "Message"
            ],
            "exception": true
        },
        "VerificationException": {
            "type": "structure",
            "members": {
                "Message": {
                    "shape": "string"
                },
                "Status": {
                    "shape": "string"
                }
            },
            "required": [
                "Message",
                "Status"
            ],
            "exception": true
        },
        "VerifySMSSandboxPhoneNumberInput": {
            "type": "structure",
            "members": {
                "PhoneNumber": {
                    "shape": "PhoneNumberString"
                },
                "OneTimePassword": {
                    "shape": "OTPCode"
                }
            },
            "required": [
                "PhoneNumber",
                "OneTimePassword"
            ]
        },
        "VerifySMSSandboxPhoneNumberResult": {
            "type": "structure",
            "members": {},
            "required": []
        },
        "account": {
            "type": "string"
        },
        "action": {
            "type": "string"
        },
        "attributeName": {
            "type": "string"
        },
        "attributeValue": {
            "type": "string"
        },
        "authenticateOnUnsubscribe": {
            "type": "string"
        },
        "boolean": {
            "type": "boolean"
        },
        "delegate": {
            "type": "string"
        },
        "endpoint": {
            "type": "string"
        },
        "label": {
            "type": "string"
        },
        "message": {
            "type": "string"
        },
        "messageId": {
            "type": "string"
        },
        "messageStructure": {
            "type": "string"
        },
        "nextToken": {
            "type": "string"
        },
        "protocol": {
            "type": "string"
        },
        "string": {
            "type": "string"
        },
        "subject": {
            "type": "string"
        },
        "subscriptionARN": {
            "type": "string"
        },
        "token": {
            "type": "string"
        },
        "topicARN": {
            "type": "string"
        },
        "topicName": {
            "type": "string"
        }
    },
    "errors": {
        "AuthorizationErrorException": {
            "queryCode": "AuthorizationError",
            "httpStatus": 403,
            "senderFault": true
        },
        "BatchEntryIdsNotDistinctException": {
            "queryCode": "BatchEntryIdsNotDistinct",
            "httpStatus": 400,
            "senderFault": true
        },
        "BatchRequestTooLongException": {
            "queryCode": "BatchRequestTooLong",
            "httpStatus": 400,
            "senderFault": true
        },
        "ConcurrentAccessException": {
            "queryCode": "ConcurrentAccess",
            "httpStatus": 400,
            "senderFault": true
        },
        "EmptyBatchRequestException": {
            "queryCode": "EmptyBatchRequest",
            "httpStatus": 400,
            "senderFault": true
        },
        "EndpointDisabledException": {
            "queryCode": "EndpointDisabled",
            "httpStatus": 400,
            "senderFault": true
        },
        "FilterPolicyLimitExceededException": {
            "queryCode": "FilterPolicyLimitExceeded",
            "httpStatus": 403,
            "senderFault": true
        },
        "InternalErrorException": {
            "queryCode": "InternalError",
            "httpStatus": 500,
            "senderFault": false
        },
        "InvalidBatchEntryIdException": {
            "queryCode": "InvalidBatchEntryId",
            "httpStatus": 400,
            "senderFault": true
        },
        "InvalidParameterException": {
            "queryCode": "InvalidParameter",
            "httpStatus": 400,
            "senderFault": true
        },
        "InvalidParameterValueException": {
            "queryCode": "ParameterValueInvalid",
            "httpStatus": 400,
            "senderFault": true
        },
        "InvalidSecurityException": {
            "queryCode": "InvalidSecurity",
            "httpStatus": 403,
            "senderFault": true
        },
        "InvalidStateException": {
            "queryCode": "InvalidState",
            "httpStatus": 400,
            "senderFault": true
        },
        "KMSAccessDeniedException": {
            "queryCode": "KMSAccessDenied",
            "httpStatus": 400,
            "senderFault": true
        },
        "KMSDisabledException": {
            "queryCode": "KMSDisabled",
            "httpStatus": 400,
            "senderFault": true
        },
        "KMSInvalidStateException": {
            "queryCode": "KMSInvalidState",
            "httpStatus": 400,
            "senderFault": true
        },
        "KMSNotFoundException": {
            "queryCode": "KMSNotFound",
            "httpStatus": 400,
            "senderFault": true
        },
        "KMSOptInRequired": {
            "queryCode": "KMSOptInRequired",
            "httpStatus": 403,
            "senderFault": true
        },
        "KMSThrottlingException": {
            "queryCode": "KMSThrottling",
            "httpStatus": 400,
            "senderFault": true
        },
        "NotFoundException": {
            "queryCode": "NotFound",
            "httpStatus": 404,
            "senderFault": true
        },
        "OptedOutException": {
            "queryCode": "OptedOut",
            "httpStatus": 400,
            "senderFault": true
        },
        "PlatformApplicationDisabledException": {
            "queryCode": "PlatformApplicationDisabled",
            "httpStatus": 400,
            "senderFault": true
        },
        "ReplayLimitExceededException": {
            "queryCode": "ReplayLimitExceeded",
            "httpStatus": 403,
            "senderFault": true
        },
        "ResourceNotFoundException": {
            "queryCode": "ResourceNotFound",
            "httpStatus": 404,
            "senderFault": true
        },
        "StaleTagException": {
            "queryCode": "StaleTag",
            "httpStatus": 400,
            "senderFault": true
        },
        "SubscriptionLimitExceededException": {
            "queryCode": "SubscriptionLimitExceeded",
            "httpStatus": 403,
            "senderFault": true
        },
        "TagLimitExceededException": {
            "queryCode": "TagLimitExceeded",
            "httpStatus": 400,
            "senderFault": true
        },
        "TagPolicyException": {
            "queryCode": "TagPolicy",
            "httpStatus": 400,
            "senderFault": true
        },
        "ThrottledException": {
            "queryCode": "Throttled",
            "httpStatus": 429,
            "senderFault": true
        },
        "TooManyEntriesInBatchRequestException": {
            "queryCode": "TooManyEntriesInBatchRequest",
            "httpStatus": 400,
            "senderFault": true
        },
        "TopicLimitExceededException": {
            "queryCode": "TopicLimitExceeded",
            "httpStatus": 403,
            "senderFault": true
        },
        "UserErrorException": {
            "queryCode": "UserError",
            "httpStatus": 400,
            "senderFault": true
        },
        "ValidationException": {
            "queryCode": "ValidationException",
            "httpStatus": 400,
            "senderFault": true
        },
        "VerificationException": {
            "queryCode": "VerificationException",
            "httpStatus": 400,
            "senderFault": false
        }
    }
};
//# sourceMappingURL=models.generated.js.map