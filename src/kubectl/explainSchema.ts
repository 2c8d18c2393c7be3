/**
 * The field tree `kubectl explain` walks for the kinds the lab serves: types and short
 * descriptions, written for the lab after the Kubernetes API reference (apps/v1, core/v1).
 */

/** One field of an object type. */
export interface FieldDoc {
  /** The type as explain prints it: `string`, `integer`, `boolean`, `IntOrString`, `[]Container`, `map[string]string`, or an object type name. */
  type: string;
  description: string;
  required?: boolean;
  enum?: readonly string[];
}

/** An object type: description and fields. */
export interface TypeDoc {
  description: string;
  fields: Record<string, FieldDoc>;
}

const f = (type: string, description: string, extra: Partial<FieldDoc> = {}): FieldDoc => ({ type, description, ...extra });

const TYPE_META = {
  apiVersion: f('string', 'The versioned schema this object is written against, such as apps/v1. Servers convert recognised schemas to the latest internal value.'),
  kind: f('string', 'The REST resource this object represents, in CamelCase, such as Deployment. Servers may infer it from the endpoint the client submits to.'),
};

/** Object types by name. */
export const TYPES: Record<string, TypeDoc> = {
  Deployment: {
    description: 'A Deployment declares the desired state of a set of identical Pods and manages ReplicaSets to reach it with controlled, declarative updates.',
    fields: {
      ...TYPE_META,
      metadata: f('ObjectMeta', "Standard object metadata: name, namespace, labels, annotations and the fields the server maintains."),
      spec: f('DeploymentSpec', 'The desired behaviour of the Deployment.'),
      status: f('DeploymentStatus', 'The most recently observed state of the Deployment, written by the deployment controller.'),
    },
  },
  ReplicaSet: {
    description: 'A ReplicaSet keeps a given number of Pods matching its selector running at any time. Deployments create and scale ReplicaSets for you.',
    fields: {
      ...TYPE_META,
      metadata: f('ObjectMeta', 'Standard object metadata. A ReplicaSet owned by a Deployment carries an owner reference to it.'),
      spec: f('ReplicaSetSpec', 'The desired number of Pods, their selector and their template.'),
      status: f('ReplicaSetStatus', 'The most recently observed state of the ReplicaSet.'),
    },
  },
  Pod: {
    description: 'A Pod is a group of containers that run together on one node, sharing network and storage. It is the smallest unit Kubernetes schedules.',
    fields: {
      ...TYPE_META,
      metadata: f('ObjectMeta', 'Standard object metadata.'),
      spec: f('PodSpec', 'The desired behaviour of the pod: its containers, volumes and scheduling constraints.'),
      status: f('PodStatus', 'The most recently observed status of the pod, reported by the kubelet.'),
    },
  },
  Service: {
    description: 'A Service gives a set of pods, chosen by a label selector, one stable virtual IP and DNS name, and spreads connections across them.',
    fields: {
      ...TYPE_META,
      metadata: f('ObjectMeta', 'Standard object metadata.'),
      spec: f('ServiceSpec', 'The behaviour of the service: its ports, selector and type.'),
      status: f('ServiceStatus', 'The most recently observed status of the service, such as its load balancer.'),
    },
  },
  ServiceSpec: {
    description: 'The attributes a user creates on a service.',
    fields: {
      clusterIP: f('string', 'The IP address of the service, usually assigned at random by the control plane. "None" makes a headless service. Cannot be changed once set, except to or from "None".'),
      ports: f('[]ServicePort', 'The ports this service exposes.'),
      selector: f('map[string]string', 'Route traffic to pods whose labels match these keys and values. Empty or absent: the endpoints are managed by someone else.'),
      sessionAffinity: f('string', 'ClientIP keeps a client on the same pod; None (the default) does not.', { enum: ['ClientIP', 'None'] }),
      type: f('string', 'How the service is exposed: ClusterIP (the default, reachable inside the cluster), NodePort (also on a port of every node), LoadBalancer (also through an external load balancer) or ExternalName (a DNS alias).', { enum: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'] }),
    },
  },
  ServicePort: {
    description: 'One port of a service.',
    fields: {
      name: f('string', 'The name of this port, required when the service has more than one.'),
      nodePort: f('integer', 'The port on each node for NodePort and LoadBalancer services; allocated from 30000-32767 when not given.'),
      port: f('integer', 'The port the service exposes.', { required: true }),
      protocol: f('string', 'TCP, UDP or SCTP. Defaults to TCP.', { enum: ['SCTP', 'TCP', 'UDP'] }),
      targetPort: f('IntOrString', 'The number or name of the port on the pods to send traffic to. Defaults to the value of port.'),
    },
  },
  ServiceStatus: {
    description: 'The current status of a service.',
    fields: {
      loadBalancer: f('LoadBalancerStatus', 'The current status of the load balancer, if one is present.'),
    },
  },
  DeploymentSpec: {
    description: 'The specification of the desired behaviour of a Deployment.',
    fields: {
      minReadySeconds: f('integer', 'How many seconds a newly created pod must be ready, with none of its containers crashing, before it counts as available. Defaults to 0: available as soon as it is ready.'),
      paused: f('boolean', 'Whether the deployment is paused. While paused, template changes are recorded but no rollout starts.'),
      progressDeadlineSeconds: f('integer', 'How many seconds a rollout may go without progress before the controller reports it as failed (Progressing condition with reason ProgressDeadlineExceeded). The controller keeps trying. Must be greater than minReadySeconds. Defaults to 600.'),
      replicas: f('integer', 'The number of desired pods. Distinguishes an explicit zero from an unset value. Defaults to 1.'),
      revisionHistoryLimit: f('integer', 'How many old ReplicaSets to keep so that rollbacks stay possible. Defaults to 10.'),
      selector: f('LabelSelector', 'The label query over pods that this deployment manages. It must match the pod template\'s labels and cannot be changed after creation in apps/v1.', { required: true }),
      strategy: f('DeploymentStrategy', 'How existing pods are replaced with new ones.'),
      template: f('PodTemplateSpec', 'The pods the deployment creates. Only a restartPolicy of "Always" is allowed.', { required: true }),
    },
  },
  DeploymentStrategy: {
    description: 'How a Deployment replaces its existing pods with new ones.',
    fields: {
      rollingUpdate: f('RollingUpdateDeployment', 'Parameters of a rolling update. Present only when type is RollingUpdate.'),
      type: f('string', 'The kind of deployment strategy: "Recreate" or "RollingUpdate". Defaults to RollingUpdate.\n\nPossible enum values:\n - `"Recreate"` Delete all existing pods before creating new ones.\n - `"RollingUpdate"` Replace the old ReplicaSets with the new one gradually: scale the new one up while the old ones are scaled down.', { enum: ['Recreate', 'RollingUpdate'] }),
    },
  },
  RollingUpdateDeployment: {
    description: 'Controls the pace of a rolling update.',
    fields: {
      maxSurge: f('IntOrString', 'How many pods may exist above the desired replica count during an update. An absolute number (such as 5) or a percentage of the desired pods (such as 10%); percentages round up. Cannot be 0 when maxUnavailable is 0. Defaults to 25%. Example: with 30%, the new ReplicaSet may be scaled up at once so that old and new pods together stay at or below 130% of the desired count, then grow further as old pods go away.'),
      maxUnavailable: f('IntOrString', 'How many of the desired pods may be unavailable during an update. An absolute number (such as 5) or a percentage of the desired pods (such as 10%); percentages round down. Cannot be 0 when maxSurge is 0. Defaults to 25%. Example: with 30%, the old ReplicaSet may be scaled down to 70% of the desired pods at once, and further only as new pods become available, so at least 70% of the desired pods are available throughout.'),
    },
  },
  DeploymentStatus: {
    description: 'The most recently observed status of a Deployment.',
    fields: {
      availableReplicas: f('integer', 'Pods targeted by this deployment that have been ready for at least minReadySeconds.'),
      collisionCount: f('integer', 'A counter the controller uses to make the name of the newest ReplicaSet unique when template hashes collide.'),
      conditions: f('[]DeploymentCondition', 'The latest observations of the deployment\'s state: Available, Progressing and ReplicaFailure.'),
      observedGeneration: f('integer', 'The metadata.generation the controller last acted on.'),
      readyReplicas: f('integer', 'Pods targeted by this deployment whose Ready condition is true.'),
      replicas: f('integer', 'Non-terminating pods targeted by this deployment (their labels match the selector).'),
      terminatingReplicas: f('integer', 'Pods targeted by this deployment that are terminating (have a deletionTimestamp) but have not yet left the API.'),
      unavailableReplicas: f('integer', 'Pods still needed for the deployment to be fully available: desired pods minus available ones.'),
      updatedReplicas: f('integer', 'Non-terminating pods targeted by this deployment that run the current pod template.'),
    },
  },
  DeploymentCondition: {
    description: 'The state of one aspect of a deployment at a point in time.',
    fields: {
      lastTransitionTime: f('string', 'When the condition last changed from one status to another.'),
      lastUpdateTime: f('string', 'When this condition was last updated.'),
      message: f('string', 'A human-readable explanation of the transition.'),
      reason: f('string', 'The reason for the last transition, in CamelCase.'),
      status: f('string', 'True, False or Unknown.', { required: true }),
      type: f('string', 'The condition type: Available, Progressing or ReplicaFailure.', { required: true }),
    },
  },
  ReplicaSetSpec: {
    description: 'The specification of a ReplicaSet.',
    fields: {
      minReadySeconds: f('integer', 'How many seconds a newly created pod must be ready before it counts as available. Defaults to 0.'),
      replicas: f('integer', 'The number of desired pods. Defaults to 1.'),
      selector: f('LabelSelector', 'The label query over pods that should match the replica count.', { required: true }),
      template: f('PodTemplateSpec', 'The pods created when too few exist.'),
    },
  },
  ReplicaSetStatus: {
    description: 'The most recently observed status of a ReplicaSet.',
    fields: {
      availableReplicas: f('integer', 'Pods that have been ready for at least minReadySeconds.'),
      fullyLabeledReplicas: f('integer', 'Pods whose labels match the labels of the pod template.'),
      observedGeneration: f('integer', 'The metadata.generation the controller last acted on.'),
      readyReplicas: f('integer', 'Pods whose Ready condition is true.'),
      replicas: f('integer', 'The most recently observed number of non-terminating pods.', { required: true }),
    },
  },
  LabelSelector: {
    description: 'A label query over a set of resources. The requirements of matchLabels and matchExpressions are ANDed; an empty selector matches every object, a null one matches none.',
    fields: {
      matchExpressions: f('[]LabelSelectorRequirement', 'A list of requirements, each with a key, an operator (In, NotIn, Exists, DoesNotExist) and values.'),
      matchLabels: f('map[string]string', 'Pairs of {key: value}; each is the same as a matchExpressions entry with operator In and a single value.'),
    },
  },
  LabelSelectorRequirement: {
    description: 'One requirement of a label selector.',
    fields: {
      key: f('string', 'The label key the requirement applies to.', { required: true }),
      operator: f('string', 'How the key relates to the values: In, NotIn, Exists or DoesNotExist.', { required: true }),
      values: f('[]string', 'The values; non-empty for In and NotIn, empty for Exists and DoesNotExist.'),
    },
  },
  PodTemplateSpec: {
    description: 'The pods that will be created from a template.',
    fields: {
      metadata: f('ObjectMeta', 'Metadata of the pods created from this template, chiefly their labels.'),
      spec: f('PodSpec', 'The desired behaviour of the pods.'),
    },
  },
  ObjectMeta: {
    description: 'Metadata every persisted resource carries.',
    fields: {
      annotations: f('map[string]string', 'Unstructured key/value data that tools store with the object. Not used in selectors.'),
      creationTimestamp: f('string', 'When the server created the object. Set by the system; read-only.'),
      deletionTimestamp: f('string', 'When the object will be deleted. Set by the server when a graceful deletion is requested; read-only.'),
      generation: f('integer', 'A sequence number for the desired state, incremented by the server on spec changes. Read-only.'),
      labels: f('map[string]string', 'Key/value pairs used to organise and select objects, for example by replication controllers and services.'),
      name: f('string', 'The object\'s name, unique within its namespace for its kind. Cannot be updated.'),
      namespace: f('string', 'The namespace the object lives in. An empty namespace means "default". Cannot be updated.'),
      ownerReferences: f('[]OwnerReference', 'The objects this object depends on. When all owners are deleted the object is garbage collected. At most one owner is the managing controller.'),
      resourceVersion: f('string', 'An opaque value that changes whenever the object changes, used for optimistic concurrency and watches. Read-only.'),
      uid: f('string', 'The unique id of this object for all time. Set by the server; read-only.'),
    },
  },
  OwnerReference: {
    description: 'Identifies an owning object.',
    fields: {
      apiVersion: f('string', 'API version of the owner.', { required: true }),
      blockOwnerDeletion: f('boolean', 'If true, the owner cannot be deleted from storage until this reference is removed (foreground deletion).'),
      controller: f('boolean', 'If true, this reference points to the managing controller.'),
      kind: f('string', 'Kind of the owner.', { required: true }),
      name: f('string', 'Name of the owner.', { required: true }),
      uid: f('string', 'UID of the owner.', { required: true }),
    },
  },
  PodSpec: {
    description: 'The specification of a pod.',
    fields: {
      containers: f('[]Container', 'The containers of the pod. At least one is required; containers cannot be added or removed once the pod exists.', { required: true }),
      initContainers: f('[]Container', 'Containers that run to completion, in order, before the app containers start.'),
      nodeName: f('string', 'The node the pod is bound to. Set by the scheduler.'),
      nodeSelector: f('map[string]string', 'Labels a node must have for the pod to be scheduled on it.'),
      restartPolicy: f('string', 'Restart policy for the containers: Always, OnFailure or Never. Defaults to Always; a Deployment only allows Always.', { enum: ['Always', 'Never', 'OnFailure'] }),
      terminationGracePeriodSeconds: f('integer', 'Seconds the pod is given to terminate gracefully before it is killed. Defaults to 30.'),
      tolerations: f('[]Toleration', 'The taints this pod tolerates.'),
    },
  },
  Container: {
    description: 'A single application container that runs inside a pod.',
    fields: {
      args: f('[]string', 'Arguments to the entrypoint. The image\'s CMD is used when not given.'),
      command: f('[]string', 'The entrypoint array. The image\'s ENTRYPOINT is used when not given.'),
      env: f('[]EnvVar', 'Environment variables to set in the container.'),
      image: f('string', 'The container image name, such as nginx:1.27.'),
      imagePullPolicy: f('string', 'When to pull the image: Always, Never or IfNotPresent. Defaults to Always for the :latest tag, IfNotPresent otherwise.', { enum: ['Always', 'IfNotPresent', 'Never'] }),
      livenessProbe: f('Probe', 'Periodic check of container liveness; the container is restarted when it fails.'),
      name: f('string', 'The container\'s name, unique within the pod (a DNS label).', { required: true }),
      ports: f('[]ContainerPort', 'Ports the container exposes. Informational: any port the process listens on is reachable.'),
      readinessProbe: f('Probe', 'Periodic check of container readiness; the pod is removed from service endpoints while it fails.'),
      resources: f('ResourceRequirements', 'The compute resources (cpu, memory) the container requests and is limited to.'),
    },
  },
  ContainerPort: {
    description: 'A network port in a single container.',
    fields: {
      containerPort: f('integer', 'The port number on the pod\'s IP address; 0 < x < 65536.', { required: true }),
      name: f('string', 'An IANA_SVC_NAME for the port, unique within the pod, that services can refer to.'),
      protocol: f('string', 'UDP, TCP or SCTP. Defaults to "TCP".', { enum: ['SCTP', 'TCP', 'UDP'] }),
    },
  },
  EnvVar: {
    description: 'An environment variable present in a container.',
    fields: {
      name: f('string', 'Name of the environment variable.', { required: true }),
      value: f('string', 'The value; $(VAR_NAME) references to earlier variables are expanded. Defaults to "".'),
    },
  },
  ResourceRequirements: {
    description: 'Compute resource requirements.',
    fields: {
      limits: f('map[string]Quantity', 'The maximum amount of each resource the container may use.'),
      requests: f('map[string]Quantity', 'The amount of each resource the scheduler reserves for the container. Defaults to the limits when only those are given.'),
    },
  },
  Probe: {
    description: 'A health check performed against a container.',
    fields: {
      failureThreshold: f('integer', 'Consecutive failures after a success for the probe to count as failed. Defaults to 3.'),
      initialDelaySeconds: f('integer', 'Seconds after the container starts before the first probe.'),
      periodSeconds: f('integer', 'How often, in seconds, to probe. Defaults to 10.'),
      successThreshold: f('integer', 'Consecutive successes after a failure for the probe to count as successful. Defaults to 1.'),
      timeoutSeconds: f('integer', 'Seconds after which a probe times out. Defaults to 1.'),
    },
  },
  Toleration: {
    description: 'Lets a pod be scheduled on (or stay on) nodes with a matching taint.',
    fields: {
      effect: f('string', 'The taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.'),
      key: f('string', 'The taint key; empty with operator Exists matches every taint.'),
      operator: f('string', 'Exists or Equal. Defaults to Equal.'),
      tolerationSeconds: f('integer', 'For NoExecute taints, how long the pod stays bound after the taint appears.'),
      value: f('string', 'The taint value to match with operator Equal.'),
    },
  },
  PodStatus: {
    description: 'The most recently observed status of a pod.',
    fields: {
      conditions: f('[]PodCondition', 'The current service state of the pod: PodScheduled, Initialized, ContainersReady, Ready.'),
      containerStatuses: f('[]ContainerStatus', 'One entry per container in the spec, as the kubelet last reported it.'),
      hostIP: f('string', 'The IP address of the node the pod is running on.'),
      phase: f('string', 'Where the pod is in its lifecycle: Pending, Running, Succeeded, Failed or Unknown.', { enum: ['Failed', 'Pending', 'Running', 'Succeeded', 'Unknown'] }),
      podIP: f('string', 'The IP address allocated to the pod.'),
      startTime: f('string', 'When the kubelet acknowledged the pod, before its image was pulled.'),
    },
  },
  PodCondition: {
    description: 'The state of one aspect of a pod.',
    fields: {
      status: f('string', 'True, False or Unknown.', { required: true }),
      type: f('string', 'The condition type.', { required: true }),
    },
  },
  ContainerStatus: {
    description: 'What the kubelet reports about one container.',
    fields: {
      image: f('string', 'The image the container is running.', { required: true }),
      name: f('string', 'The container\'s name from the spec.', { required: true }),
      ready: f('boolean', 'Whether the container passes its readiness probe.', { required: true }),
      restartCount: f('integer', 'How many times the container has been restarted.', { required: true }),
    },
  },
};

/** The top-level kind explain starts from, per resource. */
export const EXPLAIN_ROOTS: Record<string, string> = { Deployment: 'Deployment', ReplicaSet: 'ReplicaSet', Pod: 'Pod', Service: 'Service' };
